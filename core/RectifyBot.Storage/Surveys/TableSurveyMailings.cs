using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Surveys;

/// <summary>
/// A survey's Teams mailings: outbox rows in table <c>Outbox</c>, partition <c>survey|{survey id}</c>, row keys
/// <c>invite|{number}</c> and <c>remind|{number}</c> (the outbox sweep finds them there like any outbox row), and the
/// survey's reminder record (row <c>reminder</c>, Kind <c>SurveyReminder</c>: who and when) in the same partition.
/// Reminded flags go on the <c>SurveyParticipants</c> rows. No row here holds an answer (docs/anonymity.md).
/// </summary>
public sealed class TableSurveyMailings(TableClientFactory tables) : ISurveyMailings
{
    public const string PartitionPrefix = "survey|";
    private const string InvitePrefix = "invite|";
    private const string RemindPrefix = "remind|";
    private const string ReminderRow = "reminder";

    public OutboxMessageId InvitationId(string surveyId, string number) =>
        new(TableOutbox.DefaultTable, Partition(surveyId), InvitePrefix + TableKeys.Validate(number, nameof(number)));

    public OutboxMessageId ReminderId(string surveyId, string number) =>
        new(TableOutbox.DefaultTable, Partition(surveyId), RemindPrefix + TableKeys.Validate(number, nameof(number)));

    public async Task<int> AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var table = await tables.GetTableAsync(TableOutbox.DefaultTable, cancellationToken).ConfigureAwait(false);
        var added = 0;
        foreach (var partition in messages.GroupBy(m => m.Id.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                try
                {
                    await table.SubmitTransactionAsync(chunk.Select(m => new TableTransactionAction(TableTransactionActionType.Add, OutboxEntities.ToEntity(m))), cancellationToken).ConfigureAwait(false);
                    added += chunk.Length;
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 409)
                {
                    // A retried fan-out: add one by one, leaving the rows already there (and their state) alone.
                    foreach (var message in chunk)
                    {
                        try
                        {
                            await table.AddEntityAsync(OutboxEntities.ToEntity(message), cancellationToken).ConfigureAwait(false);
                            added++;
                        }
                        catch (RequestFailedException one) when (one.Status == 409)
                        {
                        }
                    }
                }
            }
        }

        return added;
    }

    public async Task<SurveyMailingCounts> CountAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableOutbox.DefaultTable, cancellationToken).ConfigureAwait(false);
        int invitations = 0, invitationsSent = 0, undeliverable = 0, reminders = 0, remindersSent = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(surveyId)} and Kind eq {OutboxEntities.KindValue}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Status"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var status = row.GetString("Status");
            var sent = status == nameof(OutboxStatus.Sent);
            if (row.RowKey.StartsWith(InvitePrefix, StringComparison.Ordinal))
            {
                invitations++;
                invitationsSent += sent ? 1 : 0;
                undeliverable += status == nameof(OutboxStatus.Undeliverable) ? 1 : 0;
            }
            else if (row.RowKey.StartsWith(RemindPrefix, StringComparison.Ordinal))
            {
                reminders++;
                remindersSent += sent ? 1 : 0;
            }
        }

        return new SurveyMailingCounts(invitations, invitationsSent, undeliverable, reminders, remindersSent);
    }

    public async Task<int> UsedLinksAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableSurveyRepository.TokensTable, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Validate(surveyId, nameof(surveyId))} and Used eq true");
        var used = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            used++;
        }

        return used;
    }

    public async Task<bool> TryRecordReminderAsync(string surveyId, string byNumber, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableOutbox.DefaultTable, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(Partition(surveyId), ReminderRow) { ["Kind"] = "SurveyReminder", ["ByNumber"] = byNumber, ["At"] = at.ToUniversalTime() },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<(string ByNumber, DateTimeOffset At)?> ReminderAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableOutbox.DefaultTable, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition(surveyId), ReminderRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } row
            ? (row.GetString("ByNumber") ?? "", row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue)
            : null;
    }

    public async Task MarkRemindedAsync(string surveyId, IReadOnlyList<string> numbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var table = await tables.GetTableAsync(TableSurveyRepository.ParticipantsTable, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Validate(surveyId, nameof(surveyId));
        foreach (var chunk in numbers.Chunk(100))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(n => new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(partition, TableKeys.Validate(n, nameof(numbers))) { ["Reminded"] = true }, ETag.All)),
                cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<Survey>> AllSurveysAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableSurveyRepository.SurveysTable, cancellationToken).ConfigureAwait(false);
        var found = new List<Survey>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == SurveyEntities.SurveysPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(SurveyEntities.ToSurvey(row));
        }

        return found;
    }

    private static string Partition(string surveyId) => PartitionPrefix + TableKeys.Validate(surveyId, nameof(surveyId));
}
