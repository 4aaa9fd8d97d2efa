using Microsoft.Extensions.Logging;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures.Notices;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Measures;

/// <summary>
/// Writes one transition (state, history, notices, ledger entries, consumed draft) in one transaction, then asks for
/// the notices to be delivered. If the process dies between the two, the outbox sweep finds the rows and enqueues them:
/// delivery is at least once, and keyed rows make it never twice by a retried transition.
/// </summary>
public sealed partial class MeasureTransitions(
    IMeasureRepository measures, IRosterRepository rosters, NoticeOutbox outbox, IDeliveryQueue queue, TimeProvider time, ILogger<MeasureTransitions> logger,
    IEnumerable<IMeasureChangeObserver> observers)
{
    public IMeasureRepository Measures => measures;

    public TimeProvider Time => time;

    public Task<Roster.Roster> RosterAsync(CancellationToken cancellationToken) => rosters.LoadCurrentAsync(cancellationToken);

    /// <summary>Saves; returns the measures as saved, or null if anything changed since they were read (nothing written, nothing sent).</summary>
    public async Task<MemberMeasures?> SaveAsync(
        MemberMeasures before,
        SubmissionVersion? version,
        IReadOnlyList<MeasureEvent> events,
        IEnumerable<MeasureNotice> notices,
        CancellationToken cancellationToken,
        IReadOnlyList<LedgerEntry>? entries = null,
        IReadOnlyList<LedgerNoteAdded>? notes = null,
        MeasureDraft? consumedDraft = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(events);

        // Cards show what caused them (a closed copy's banner names the forward, assignment or re-route): render with
        // the transition's own events in the history.
        var withEvents = before with { History = [.. before.History, .. events] };

        // The transition's number names its notices: unique per member, the same if the same transition is retried.
        var messages = await outbox.ToMessagesAsync(notices.Select(n => n with { Measures = withEvents }), before.History.Count, cancellationToken).ConfigureAwait(false);
        var change = new MeasureChange
            {
                AuthorNumber = before.AuthorNumber,
                Version = version,
                Events = events,
                Notices = messages,
                Entries = entries ?? [],
                Notes = notes ?? [],
                ConsumedDraft = consumedDraft,
            };
        foreach (var observer in observers)
        {
            await observer.BeforeSaveAsync(change, cancellationToken).ConfigureAwait(false);
        }

        if (!await measures.SaveAsync(change, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (await queue.TryEnqueueAllAsync(messages).ConfigureAwait(false) is { } failed)
        {
            LogEnqueueFailed(failed.Id, failed.Error);
        }

        return before.After(change);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue notice {Id} ({Error}); the outbox sweep will")]
    private partial void LogEnqueueFailed(OutboxMessageId id, string error);
}
