using System.Security.Cryptography;
using Azure.Data.Tables;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Surveys;

/// <summary>
/// Table <c>SurveyAnswers</c>, one partition per survey: <c>ballot|{id}</c> rows (counted ballots, for idempotency),
/// <c>held|{random}</c> rows (answers waiting for a batch) and <c>a|{random}</c> rows (the answers). Holding adds the
/// ballot and held rows in one transaction; flushing deletes held rows and adds the answers, shuffled under new
/// random keys, in one transaction per batch — so an answer is never lost between the two and every answer of a
/// batch carries the batch's server time (docs/anonymity.md).
/// </summary>
public sealed class TableSurveyBallotBox(TableClientFactory tables) : ISurveyBallotBox
{
    public const string Table = "SurveyAnswers";
    private const string BallotPrefix = "ballot|";
    private const string HeldPrefix = "held|";
    private const string AnswerPrefix = "a|";

    /// <summary>A flush transaction deletes one held row and adds one answer per answer: 50 answers fill the 100-action limit.</summary>
    private const int MaxPerTransaction = 50;

    private const int MaxFlushAttempts = 5;

    /// <summary>Set on a suggestion box's answer once a digest carried it to the unit's leaders.</summary>
    private const string DigestedProperty = "Digested";

    public async Task<bool> HoldAsync(string surveyId, string ballotId, SurveyAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var partition = TableKeys.Validate(surveyId, nameof(surveyId));
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, TableKeys.Validate(BallotPrefix + ballotId, nameof(ballotId)))),
                    new TableTransactionAction(TableTransactionActionType.Add, SurveyEntities.ToEntity(partition, HeldPrefix + RandomKey(), answer)),
                ],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<int> HeldCountAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var _ in QueryAsync(surveyId, HeldPrefix, ["RowKey"], cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    public async Task<int> FlushAsync(string surveyId, int minimum, CancellationToken cancellationToken = default)
    {
        // A concurrent flush that took some of the rows read makes a whole transaction fail (404/412): read again, so
        // the rows it did not take are not left held with nobody to write them.
        var written = 0;
        for (var attempt = 0; attempt < MaxFlushAttempts; attempt++)
        {
            var (done, conflict) = await TryFlushAsync(surveyId, minimum, cancellationToken).ConfigureAwait(false);
            written += done;
            if (!conflict)
            {
                break;
            }
        }

        return written;
    }

    private async Task<(int Written, bool Conflict)> TryFlushAsync(string surveyId, int minimum, CancellationToken cancellationToken)
    {
        var held = new List<TableEntity>();
        await foreach (var row in QueryAsync(surveyId, HeldPrefix, null, cancellationToken).ConfigureAwait(false))
        {
            held.Add(row);
        }

        if (held.Count == 0 || held.Count < minimum)
        {
            return (0, false);
        }

        // Shuffle so nothing of the arrival order survives in the batch's order; split into even chunks (never a small last one).
        RandomNumberGenerator.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(held));
        var chunks = (held.Count + MaxPerTransaction - 1) / MaxPerTransaction;
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        var written = 0;
        for (var i = 0; i < chunks; i++)
        {
            var chunk = held.Skip(i * held.Count / chunks).Take(((i + 1) * held.Count / chunks) - (i * held.Count / chunks)).ToList();
            var actions = chunk.Select(h => new TableTransactionAction(TableTransactionActionType.Delete, h, h.ETag))
                .Concat(chunk.Select(h => new TableTransactionAction(
                    TableTransactionActionType.Add, SurveyEntities.ToEntity(h.PartitionKey, AnswerPrefix + RandomKey(), SurveyEntities.ToAnswer(h)))))
                .ToList();
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                written += chunk.Count;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // Another instance flushed some of these rows first; nothing of this chunk was written.
                return (written, true);
            }
        }

        return (written, false);
    }

    public async Task<IReadOnlyList<KeyValuePair<string, SurveyAnswer>>> UndigestedAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var found = new List<KeyValuePair<string, SurveyAnswer>>();
        await foreach (var row in QueryAsync(surveyId, AnswerPrefix, null, cancellationToken).ConfigureAwait(false))
        {
            if (row.GetBoolean(DigestedProperty) != true)
            {
                found.Add(new(row.RowKey, SurveyEntities.ToAnswer(row)));
            }
        }

        return found;
    }

    public async Task MarkDigestedAsync(string surveyId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var partition = TableKeys.Validate(surveyId, nameof(surveyId));
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in keys.Chunk(100))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(k => new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(partition, k) { [DigestedProperty] = true }, Azure.ETag.All)),
                cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<SurveyAnswer>> AnswersAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var answers = new List<SurveyAnswer>();
        await foreach (var row in QueryAsync(surveyId, AnswerPrefix, null, cancellationToken).ConfigureAwait(false))
        {
            answers.Add(SurveyEntities.ToAnswer(row));
        }

        return answers;
    }

    private async IAsyncEnumerable<TableEntity> QueryAsync(
        string surveyId, string prefix, IEnumerable<string>? select, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);

        // '}' follows '|': every key with the prefix lies in [prefix, prefix-without-bar + '}').
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {surveyId} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>128 random bits: row keys (and their order) say nothing about when or from whom.</summary>
    private static string RandomKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
