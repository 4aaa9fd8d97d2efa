using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Surveys;

/// <summary>
/// Tables <c>Surveys</c> (one partition "surveys", RowKey = survey id), <c>SurveyParticipants</c> (PartitionKey =
/// survey id, RowKey = person number: who was asked, Answered, Reminded) and <c>SurveyTokens</c> (PartitionKey =
/// survey id, RowKey = SHA-256 of the token: category, Used). None of them holds an answer (docs/anonymity.md).
/// </summary>
public sealed class TableSurveyRepository(TableClientFactory tables) : ISurveyRepository
{
    public const string SurveysTable = "Surveys";
    public const string ParticipantsTable = "SurveyParticipants";
    public const string TokensTable = "SurveyTokens";

    /// <summary>Partition of a survey's paper entries in the Surveys table: <c>paper|{survey id}</c>, RowKey = entry id.</summary>
    private const string PaperPrefix = "paper|";

    public async Task AddAsync(Survey survey, IReadOnlyList<SampledParticipant> participants, IReadOnlyList<IssuedToken> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(tokens);
        var id = TableKeys.Validate(survey.Id, nameof(survey));

        // Participants and tokens first: the survey row makes the survey visible, so it goes last.
        var people = participants.Select(p => new TableEntity(id, TableKeys.Validate(p.Number, nameof(participants)))
        {
            ["Category"] = p.Category.ToString(),
            ["Channel"] = p.Channel.ToString(),
            ["Answered"] = false,
            ["Reminded"] = false,
        });
        await AddAllAsync(ParticipantsTable, people, cancellationToken).ConfigureAwait(false);

        // The token's number (for the printable sheet) is deliberately not stored.
        var hashes = tokens.Select(t => new TableEntity(id, SurveyToken.Hash(t.Token)) { ["Category"] = t.Category.ToString(), ["Used"] = false });
        await AddAllAsync(TokensTable, hashes, cancellationToken).ConfigureAwait(false);

        var table = await tables.GetTableAsync(SurveysTable, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(SurveyEntities.ToEntity(survey), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A feedback window's id is its subject's: two openers racing store the same survey once.
        }
    }

    public async Task<Survey?> FindAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        if (!IsKey(surveyId))
        {
            return null;
        }

        var table = await tables.GetTableAsync(SurveysTable, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(SurveyEntities.SurveysPartition, surveyId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? SurveyEntities.ToSurvey(row.Value!) : null;
    }

    public async Task<IReadOnlyList<Survey>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(SurveysTable, cancellationToken).ConfigureAwait(false);
        var found = new List<Survey>();
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == SurveyEntities.SurveysPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(SurveyEntities.ToSurvey(row));
        }

        return found;
    }

    public async Task SaveOutcomeAsync(Survey survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var table = await tables.GetTableAsync(SurveysTable, cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(SurveyEntities.SurveysPartition, TableKeys.Validate(survey.Id, nameof(survey)))
        {
            ["PublishedAt"] = survey.PublishedAt?.ToUniversalTime(),
            ["ClosedAt"] = survey.ClosedAt?.ToUniversalTime(),
            ["Verdict"] = survey.Verdict?.ToString(),
        };
        await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Survey>> ForUnitAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(SurveysTable, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SurveyEntities.SurveysPartition} and UnitCode eq {unitCode}");
        var found = new List<Survey>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(SurveyEntities.ToSurvey(row));
        }

        return found;
    }

    public async Task<SurveyParticipant?> FindParticipantAsync(string surveyId, string number, CancellationToken cancellationToken = default)
    {
        var row = await FindRowAsync(ParticipantsTable, surveyId, number, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToParticipant(row);
    }

    public async Task<IReadOnlyList<SurveyParticipant>> ParticipantsAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(ParticipantsTable, cancellationToken).ConfigureAwait(false);
        var found = new List<SurveyParticipant>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == surveyId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(ToParticipant(row));
        }

        return found;
    }

    public Task<ReplyAcceptance> MarkAnsweredAsync(string surveyId, string number, CancellationToken cancellationToken = default) =>
        FlipAsync(ParticipantsTable, surveyId, number, "Answered", SurveyReplyProblem.NotAsked, SurveyReplyProblem.AlreadyAnswered, cancellationToken);

    public Task UnmarkAnsweredAsync(string surveyId, string number, CancellationToken cancellationToken = default) =>
        ResetAsync(ParticipantsTable, surveyId, number, "Answered", cancellationToken);

    public async Task<(ParticipantCategory Category, bool Used)?> FindTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default)
    {
        var row = await FindRowAsync(TokensTable, surveyId, tokenHash, cancellationToken).ConfigureAwait(false);
        return row is null ? null : (Category(row), row.GetBoolean("Used") ?? false);
    }

    public Task<ReplyAcceptance> UseTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default) =>
        FlipAsync(TokensTable, surveyId, tokenHash, "Used", SurveyReplyProblem.UnknownToken, SurveyReplyProblem.TokenUsed, cancellationToken);

    public Task UnuseTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default) =>
        ResetAsync(TokensTable, surveyId, tokenHash, "Used", cancellationToken);

    public async Task<bool> ReissueTokensAsync(string surveyId, IReadOnlyList<IssuedToken> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var id = TableKeys.Validate(surveyId, nameof(surveyId));
        var table = await tables.GetTableAsync(TokensTable, cancellationToken).ConfigureAwait(false);
        var old = await table.QueryAsync<TableEntity>(r => r.PartitionKey == id, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (old.Any(r => r.GetBoolean("Used") == true))
        {
            return false;
        }

        // Each delete is conditional on the row as read (unused): a link used meanwhile fails its batch.
        foreach (var chunk in old.Chunk(100))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)), cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
            {
                return false;
            }
        }

        await AddAllAsync(TokensTable, tokens.Select(t => new TableEntity(id, SurveyToken.Hash(t.Token)) { ["Category"] = t.Category.ToString(), ["Used"] = false }), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task RecordPaperEntryAsync(PaperEntryRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var table = await tables.GetTableAsync(SurveysTable, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(PaperPrefix + TableKeys.Validate(record.SurveyId, nameof(record)), TableKeys.Validate(record.EntryId, nameof(record)))
                {
                    ["EnteredByNumber"] = record.EnteredByNumber,
                    ["EnteredAt"] = record.EnteredAt.ToUniversalTime(),
                    ["Answers"] = record.Answers,
                    ["Opinions"] = record.Opinions,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The same form entered again: the first record stands.
        }
    }

    public async Task<IReadOnlyList<PaperEntryRecord>> PaperEntriesAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(SurveysTable, cancellationToken).ConfigureAwait(false);
        var found = new List<PaperEntryRecord>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == PaperPrefix + surveyId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(new PaperEntryRecord(surveyId, row.RowKey, row.GetString("EnteredByNumber") ?? "", row.GetDateTimeOffset("EnteredAt") ?? DateTimeOffset.MinValue,
                row.GetInt32("Answers") ?? 0, row.GetInt32("Opinions") ?? 0));
        }

        return found;
    }

    /// <summary>Sets a flag from false to true, conditional on the ETag read: of two concurrent taps exactly one wins.</summary>
    private async Task<ReplyAcceptance> FlipAsync(
        string tableName, string partition, string row, string flag, SurveyReplyProblem missing, SurveyReplyProblem alreadySet, CancellationToken cancellationToken)
    {
        var found = await FindRowAsync(tableName, partition, row, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return ReplyAcceptance.Refused(missing);
        }

        if (found.GetBoolean(flag) == true)
        {
            return ReplyAcceptance.Refused(alreadySet);
        }

        var table = await tables.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(partition, row) { [flag] = true }, found.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return ReplyAcceptance.Refused(alreadySet);
        }

        return ReplyAcceptance.Accepted(Category(found));
    }

    private async Task ResetAsync(string tableName, string partition, string row, string flag, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        await table.UpdateEntityAsync(new TableEntity(partition, row) { [flag] = false }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TableEntity?> FindRowAsync(string tableName, string partition, string row, CancellationToken cancellationToken)
    {
        if (!IsKey(partition) || !IsKey(row))
        {
            return null;
        }

        var table = await tables.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private async Task AddAllAsync(string tableName, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ids and numbers from outside (a web link, a card) are checked before they reach a query.</summary>
    private static bool IsKey(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        try
        {
            TableKeys.Validate(key, nameof(key));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static ParticipantCategory Category(TableEntity row) => Enum.Parse<ParticipantCategory>(row.GetString("Category") ?? nameof(ParticipantCategory.Other));

    private static SurveyParticipant ToParticipant(TableEntity row) => new(
        row.RowKey,
        Category(row),
        Enum.Parse<ReplyChannel>(row.GetString("Channel") ?? nameof(ReplyChannel.Teams)),
        row.GetBoolean("Answered") ?? false,
        row.GetBoolean("Reminded") ?? false);
}
