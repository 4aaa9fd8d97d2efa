using Microsoft.Extensions.Logging;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision.Bulletins;

/// <summary>
/// Weekly until the unit's consolidation period ends, per secondary committee / general branch: counts by status, completion rate, the oldest overdue entries and
/// the change since last week, to the unit's leadership team, its liaison school leaders and the office. The week's
/// figures are kept before anything is sent (a rerun reports the same figures); each recipient's bulletin is an outbox
/// row keyed by recipient, week and unit, so a rerun adds nothing and a crash halfway is finished by the rerun.
/// </summary>
public sealed partial class WeeklyBulletins(
    IMeasureRepository measures, IRosterRepository rosters, IStageCalendarRepository calendars, IBulletinFigures kept,
    IOutbox outbox, IDeliveryQueue queue, ISupervisionCards cards, TimeProvider time, ILogger<WeeklyBulletins> logger)
{
    public const string Table = "Supervision";

    public const int OverdueListed = 10;

    public static OutboxMessageId BulletinId(string recipientNumber, DateOnly week, string unitCode) =>
        new(Table, recipientNumber, $"bulletin|{week:yyyy-MM-dd}|{unitCode}");

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(time);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var stage = await calendars.LoadAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<LedgerEntry>();
        await foreach (var entry in measures.ListEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }

        var byUnit = entries.ToLookup(e => roster.CommitteeOf(roster.Person(e.OwnerNumber)?.PartyUnitCode ?? e.UnitCode)?.Code ?? "");
        var office = roster.Holders(Position.OfficeStaff).ToList();
        var sent = 0;
        foreach (var unit in roster.Units.Where(u => u.IsPartyCommitteeLevel).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            var calendar = stage.For(unit.Code, roster);
            if (calendar?.HasEndedBy(today) == true)
            {
                // The unit's campaign, consolidation included, is over: its summary report closes it, not a bulletin.
                continue;
            }

            var mine = byUnit[unit.Code].ToList();
            var overdue = mine.Where(e => e.Status == LedgerEntryStatus.Open && e.Deadline < today).ToList();
            var figures = await kept.KeepAsync(unit.Code, today, new BulletinFigures(
                mine.Count(e => e.Status == LedgerEntryStatus.Done), mine.Count - overdue.Count - mine.Count(e => e.Status == LedgerEntryStatus.Done), overdue.Count), cancellationToken).ConfigureAwait(false);
            var lastWeek = await kept.FindAsync(unit.Code, today.AddDays(-7), cancellationToken).ConfigureAwait(false);
            var bulletin = new UnitBulletin(unit.Code, unit.Name, today, calendar?.IsConsolidation(today) == true,
                figures, lastWeek, [.. overdue.OrderBy(e => e.Deadline).ThenBy(e => e.Id, StringComparer.Ordinal).Take(OverdueListed)]);
            var recipients = roster.Holders(Position.PrincipalLeader, unit.Code)
                .Concat(roster.Holders(Position.LeadershipTeamMember, unit.Code))
                .Concat(roster.LiaisonsFor(unit.Code))
                .Concat(office)
                .DistinctBy(p => p.Number);
            foreach (var person in recipients)
            {
                if (person.AadObjectId is not { Length: > 0 } aad)
                {
                    continue;
                }

                var id = BulletinId(person.Number, today, unit.Code);
                if (await outbox.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null)
                {
                    continue;
                }

                var message = new OutboxMessage
                {
                    Id = id,
                    RecipientAadObjectId = aad,
                    Message = await cards.BulletinAsync(person, bulletin, cancellationToken).ConfigureAwait(false),
                    Cause = $"supervision bulletin {today:yyyy-MM-dd} {unit.Code}",
                    CreatedAt = time.GetUtcNow(),
                };
                if (await outbox.AddAsync(message, cancellationToken).ConfigureAwait(false))
                {
                    sent++;
                    await queue.EnqueueAsync(id, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        LogSent(today, sent);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervision bulletins {Week}: {Sent} sent")]
    private partial void LogSent(DateOnly week, int sent);
}
