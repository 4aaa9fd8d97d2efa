using Microsoft.Extensions.Logging;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Plans.Notices;

namespace RectifyBot.Core.Plans;

/// <summary>
/// Writes one plan transition (state, history, notices, ledger entries, coordination rows, consumed draft) in one
/// transaction, then asks for the notices to be delivered; a lost enqueue is found by the outbox sweep.
/// </summary>
public sealed partial class PlanTransitions(
    IPlanRepository plans, PlanNoticeOutbox outbox, IDeliveryQueue queue, ILogger<PlanTransitions> logger, IEnumerable<IPlanChangeObserver> observers)
{
    public IPlanRepository Plans => plans;

    /// <summary>Saves; returns the plan as saved, or null if anything changed since it was read (nothing written, nothing sent).</summary>
    public async Task<UnitPlan?> SaveAsync(
        UnitPlan before,
        PlanVersion? version,
        IReadOnlyList<PlanEvent> events,
        IEnumerable<PlanNotice> notices,
        CancellationToken cancellationToken,
        IReadOnlyList<LedgerEntry>? entries = null,
        IReadOnlyList<PlanCoordination>? coordinations = null,
        PlanDraft? consumedDraft = null,
        IReadOnlyList<LedgerNoteAdded>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(events);

        // The transition's number names its notices: unique per unit, the same if the same transition is retried.
        var messages = await outbox.ToMessagesAsync(notices, before.History.Count, cancellationToken).ConfigureAwait(false);
        var change = new PlanChange
        {
            UnitCode = before.UnitCode,
            Version = version,
            Events = events,
            HistoryCount = before.History.Count,
            Notices = messages,
            Entries = entries ?? [],
            Coordinations = coordinations ?? [],
            ConsumedDraft = consumedDraft,
            Notes = notes ?? [],
        };
        foreach (var observer in observers)
        {
            await observer.BeforeSaveAsync(change, cancellationToken).ConfigureAwait(false);
        }

        if (!await plans.SaveAsync(change, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (await queue.TryEnqueueAllAsync(messages).ConfigureAwait(false) is { } failed)
        {
            LogEnqueueFailed(failed.Id, failed.Error);
        }

        return before.After(change);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue plan notice {Id} ({Error}); the outbox sweep will")]
    private partial void LogEnqueueFailed(OutboxMessageId id, string error);
}
