using System.Runtime.CompilerServices;
using RectifyBot.Core.Roster;
using RectifyBot.Core.SummaryReports;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Secondary committees and general branches that have not submitted their summary report (issue 9) by the end of
/// their stage: the unit's principal leader (the office when the post is vacant) is reminded 7 and 1 days before, on
/// the first day after and weekly; escalated once to the office, which collects the reports. Subject id = the unit's code.
/// </summary>
public sealed class SummaryReportSource(ISummaryReportStore reports) : IObligationSource
{
    public string Kind => ObligationKinds.SummaryReportNotSubmitted;

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var roster = context.Roster;
        if (!SummaryReportDrafting.Writes(roster.Unit(subjectId)) || context.Calendars.For(subjectId, roster) is not { } calendar)
        {
            return null;
        }

        if (await reports.FindAsync(subjectId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        var unit = roster.Unit(subjectId)!;
        var office = roster.Holders(Position.OfficeStaff).Where(p => p.Active).Select(p => p.Number).Order(StringComparer.Ordinal).ToList();
        var leader = roster.Holders(Position.PrincipalLeader, unit.Code).Where(p => p.Active).Select(p => p.Number).Order(StringComparer.Ordinal).FirstOrDefault();
        return new Obligation
        {
            Kind = Kind,
            SubjectId = unit.Code,
            OwnerNumbers = leader is null ? office : [leader],
            DueDate = calendar.StageEnd,
            EscalationTargets = leader is null ? [] : office,
            Schedule = ReminderSchedule.Deadline,
            Title = unit.Name,
            UnitCode = unit.Code,
        };
    }

    public async IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var unit in context.Roster.Units.Where(u => u.IsPartyCommitteeLevel).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            if (await FindAsync(unit.Code, context, cancellationToken).ConfigureAwait(false) is { } obligation)
            {
                yield return obligation;
            }
        }
    }
}
