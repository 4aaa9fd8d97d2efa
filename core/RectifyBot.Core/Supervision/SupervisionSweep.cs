using Microsoft.Extensions.Logging;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision;

/// <summary>
/// The daily reminder run. It reads only the due-date index rows of the last <see cref="SupervisionOptions.CatchUpDays"/>
/// days up to today (China Standard Time), checks each against its record through the kind's source (a stale row is
/// dropped), and gives every recipient one digest of what falls due for them and was not logged before. Per recipient,
/// the log rows and the digest's outbox row are one transaction, written before the digest is enqueued; only after
/// every recipient is done are the index rows moved on to each obligation's next reminder day. So a rerun, a catch-up
/// run after a missed schedule or a run after a crash halfway sends nothing twice (the log) and misses nothing (the
/// index rows are still there; an outbox row whose enqueue was lost is re-enqueued by the outbox sweep).
/// </summary>
public sealed partial class SupervisionSweep(
    IEnumerable<IObligationSource> sources,
    IDueIndex index,
    IReminderLog log,
    ISupervisionCards cards,
    IDeliveryQueue queue,
    IRosterRepository rosters,
    IStageCalendarRepository calendars,
    IMeasureRepository measures,
    SupervisionOptions options,
    TimeProvider time,
    ILogger<SupervisionSweep> logger,
    IPlanRepository plans)
{
    private readonly Dictionary<string, IObligationSource> _sources = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public async Task<SupervisionContext> ContextAsync(CancellationToken cancellationToken)
    {
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var stage = await calendars.LoadAsync(cancellationToken).ConfigureAwait(false);
        return new SupervisionContext(ChinaTime.Today(time), roster, stage, options, measures, plans);
    }

    /// <summary>Runs for today (China Standard Time).</summary>
    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var context = await ContextAsync(cancellationToken).ConfigureAwait(false);
        var today = context.Today;

        // 1. What the index says is due (the earliest row of each obligation: a missed day is caught up).
        var rows = new List<DueIndexRow>();
        await foreach (var row in index.ReadAsync(today.AddDays(-options.CatchUpDays), today, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        // 2. Checked against each record: the reminders falling between the row's day and today, the latest of each kind.
        // Obligations are checked concurrently (each is its own read); results keep the groups' order.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.SweepConcurrency), CancellationToken = cancellationToken };
        var groups = rows.GroupBy(r => (r.Kind, r.SubjectId)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.SubjectId, StringComparer.Ordinal).ToList();
        var checkedObligations = new (Obligation? Obligation, IReadOnlyList<Occasion> Due)[groups.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, groups.Count), parallel, async (i, ct) =>
        {
            var group = groups[i];
            var obligation = _sources.TryGetValue(group.Key.Kind, out var source)
                ? await source.FindAsync(group.Key.SubjectId, context, ct).ConfigureAwait(false)
                : null;
            if (obligation is not null && context.IsAfterCampaign(obligation))
            {
                // Consolidation is over for its unit: the row goes and no next one is written.
                obligation = null;
            }

            var due = obligation is null ? [] : ObligationCalendar.Between(obligation, group.Min(r => r.Day), today, options.EscalateAfterDays)
                .GroupBy(o => o.Kind).Select(g => g.Last()).ToList();
            checkedObligations[i] = (obligation, due);
        }).ConfigureAwait(false);

        var items = new List<ReminderItem>();
        var stale = checkedObligations.Count(c => c.Due.Count == 0);
        foreach (var (obligation, due) in checkedObligations)
        {
            foreach (var occasion in due)
            {
                var targets = occasion.Kind == ReminderKind.Escalation ? obligation!.EscalationTargets : obligation!.OwnerNumbers;
                items.AddRange(targets.Distinct(StringComparer.Ordinal).Select(r => new ReminderItem(obligation, occasion, r)));
            }
        }

        // 3. One digest per recipient of what was not logged before; recipients are independent (own log partition).
        var digests = 0;
        var reminders = 0;
        var recipients = items.GroupBy(i => i.RecipientNumber, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        await Parallel.ForEachAsync(recipients, parallel, async (recipient, ct) =>
        {
            var read = await log.ReadAsync(recipient.Key, today.AddDays(-options.LogLookbackDays), today, ct).ConfigureAwait(false);
            var fresh = recipient.Where(i => !read.Keys.Contains(i.Key)).DistinctBy(i => i.Key).ToList();
            if (fresh.Count == 0)
            {
                return;
            }

            var person = context.Roster.Person(recipient.Key);
            OutboxMessage? message = null;
            if (person?.AadObjectId is { Length: > 0 } aad)
            {
                message = new OutboxMessage
                {
                    Id = log.DigestId(recipient.Key, today, read.DigestsToday),
                    RecipientAadObjectId = aad,
                    Message = await cards.DigestAsync(person, today, fresh, context.Roster, ct).ConfigureAwait(false),
                    Cause = $"supervision digest {today:yyyy-MM-dd}",
                    CreatedAt = time.GetUtcNow(),
                };
            }

            // The run's token, not the loop's: when one recipient fails the others' writes in flight still finish and
            // are enqueued, rather than being cut off between the log's commit and the enqueue.
            if (!await log.RecordAsync(recipient.Key, today, read.DigestsToday, fresh, message, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            Interlocked.Add(ref reminders, fresh.Count);
            if (message is not null)
            {
                Interlocked.Increment(ref digests);
                await EnqueueAsync(message.Id).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        // 4. Every recipient is served: move each obligation's row on to its next reminder day, then drop the old rows.
        var next = SupervisionIndexing.RowsFor(checkedObligations.Select(c => c.Obligation).OfType<Obligation>(), today.AddDays(1), options.EscalateAfterDays);
        if (next.Count > 0)
        {
            await index.WriteAsync(next, cancellationToken).ConfigureAwait(false);
        }

        await index.DeleteAsync(rows, cancellationToken).ConfigureAwait(false);
        var result = new SweepResult(today, rows.Count, stale, reminders, digests, context.MeasuresRead);
        LogRun(today, rows.Count, stale, reminders, digests);
        return result;
    }

    private async Task EnqueueAsync(OutboxMessageId id)
    {
        try
        {
            await queue.EnqueueAsync(id, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The row is written; a lost enqueue is recovered by the outbox sweep.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogEnqueueFailed(id, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervision {Day}: {Rows} index rows ({Stale} stale), {Reminders} reminders in {Digests} digests")]
    private partial void LogRun(DateOnly day, int rows, int stale, int reminders, int digests);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue digest {Id} ({Error}); the outbox sweep will")]
    private partial void LogEnqueueFailed(OutboxMessageId id, string error);
}

/// <summary>What one run did: index rows read (and how many were stale), reminders logged, digests sent, member partitions read.</summary>
public sealed record SweepResult(DateOnly Day, int IndexRowsRead, int StaleRows, int Reminders, int Digests, int MeasuresRead);
