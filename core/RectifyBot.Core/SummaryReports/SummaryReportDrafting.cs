using RectifyBot.Core.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.SummaryReports;

/// <summary>
/// Gathers a secondary committee's or general branch's draft summary report (issue 9) from what the bot holds, over the
/// unit and every unit under it: members' measures, plans and their ledger entries, escalations, surveys with their
/// opinions, meetings and guidance visits, and the unit's long-term mechanisms. Nothing is stored; the document is written from the figures.
/// </summary>
public sealed class SummaryReportDrafting(
    IRosterRepository rosters,
    IStageCalendarRepository calendars,
    IMeasureRepository measures,
    IPlanRepository plans,
    ISurveyRepository surveys,
    SurveyResults results,
    IMeetingRepository meetings,
    Mechanisms.IMechanismRepository mechanisms,
    SupervisionOptions options,
    TimeProvider time)
{
    /// <summary>Units whose members' partitions are read at once.</summary>
    private const int ReadConcurrency = 8;

    /// <summary>Whether a unit writes a summary report: secondary committees and general branches.</summary>
    public static bool Writes(OrganisationUnit? unit) => unit is { IsPartyCommitteeLevel: true };

    /// <summary>The report's figures; null for a unit that does not write one.</summary>
    public async Task<SummaryReport?> DraftAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode) is not { } unit || !Writes(unit))
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var stage = (await calendars.LoadAsync(cancellationToken).ConfigureAwait(false)).For(unit.Code, roster);
        var units = roster.SelfAndDescendants(unit.Code).ToList();
        var codes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var members = roster.ActivePeople.Where(p => p.IsMember && p.PartyUnitCode is { } c && codes.Contains(c)).OrderBy(p => p.Number, StringComparer.Ordinal).ToList();

        var memberMeasures = new List<MemberMeasures>();
        foreach (var chunk in members.Chunk(ReadConcurrency))
        {
            memberMeasures.AddRange(await Task.WhenAll(chunk.Select(p => measures.LoadAsync(p.Number, cancellationToken))).ConfigureAwait(false));
        }

        var unitPlans = new List<(OrganisationUnit Unit, UnitPlan Plan)>();
        var surveyLines = new List<SurveyLine>();
        var meetingLines = new List<MeetingLine>();
        foreach (var u in units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            var plan = await plans.LoadAsync(u.Code, cancellationToken).ConfigureAwait(false);
            if (plan.Latest is not null)
            {
                unitPlans.Add((u, plan));
            }

            foreach (var survey in (await surveys.ForUnitAsync(u.Code, cancellationToken).ConfigureAwait(false)).Where(s => s.Subject is null).OrderBy(s => s.Window.OpensAt))
            {
                if (await results.TallyAsync(survey.Id, cancellationToken).ConfigureAwait(false) is { } tallied)
                {
                    var t = tallied.Tally;
                    surveyLines.Add(new SurveyLine(u.Name, survey.Window.FirstChinaDay, survey.Window.LastChinaDay, survey.Window.HasClosedAt(time.GetUtcNow()),
                        t.Asked, t.Answers, t.Overall, t.Verdict, t.Opinions));
                }
            }

            meetingLines.AddRange((await meetings.ListAsync(u.Code, cancellationToken).ConfigureAwait(false)).Select(m => new MeetingLine(
                u.Name, m.Kind, m.Date, m.AttendeeNumbers.Count, m.VisitorNumber is { } v ? roster.Person(v)?.Name ?? v : null, m.Summary)));
        }

        var measureEntries = memberMeasures.SelectMany(m => m.Entries).ToList();
        var planEntries = unitPlans.SelectMany(p => p.Plan.Entries.Select(e => (p.Unit, Entry: e))).ToList();
        var escalationDay = (LedgerEntry e) => ObligationCalendar.EscalationDay(e.Deadline, options.EscalateAfterDays);
        var escalated = measureEntries.Concat(planEntries.Select(p => p.Entry))
            .Where(e => e.Status == LedgerEntryStatus.Open ? today >= escalationDay(e) : e.CompletedAt is { } done && ChinaTime.DateOf(done) >= escalationDay(e))
            .ToList();

        return new SummaryReport
        {
            UnitCode = unit.Code,
            UnitName = unit.Name,
            Today = today,
            Stage = stage,
            Measures = MeasuresOf(memberMeasures, today),
            Plans = [.. unitPlans.Select(p => PlanLineOf(p.Unit, p.Plan, today))],
            PlanEntries = [.. planEntries.OrderBy(p => p.Entry.Deadline).ThenBy(p => p.Entry.Id, StringComparer.Ordinal)
                .Select(p => new PlanEntryLine(p.Unit.Name, p.Entry.Problem, p.Entry.Deadline, roster.Person(p.Entry.ResponsiblePersonNumber)?.Name ?? p.Entry.ResponsiblePersonNumber, StateOf(p.Entry, today)))],
            Escalations = new EscalationFigures(escalated.Count, escalated.Count(e => e.Status == LedgerEntryStatus.Open), unitPlans.Sum(p => Coordination(p.Plan))),
            EscalateAfterDays = options.EscalateAfterDays,
            Surveys = surveyLines,
            Meetings = [.. meetingLines.OrderBy(m => m.Date).ThenBy(m => m.UnitName, StringComparer.Ordinal)],
            Mechanisms = (await mechanisms.LoadAsync(unit.Code, cancellationToken).ConfigureAwait(false)).All,
        };
    }

    /// <summary>Where a ledger entry stands on <paramref name="today"/>, as the ledger views tell it.</summary>
    public static LedgerLineState StateOf(LedgerEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Status == LedgerEntryStatus.Done
            ? entry.CompletedOnTime == false ? LedgerLineState.DoneLate : LedgerLineState.DoneOnTime
            : today > entry.Deadline ? LedgerLineState.Overdue : LedgerLineState.InProgress;
    }

    private static MeasureFigures MeasuresOf(List<MemberMeasures> all, DateOnly today)
    {
        var latest = all.Select(m => m.Versions.LastOrDefault(v => v.Status != MeasureStatus.Withdrawn)).ToList();
        var entries = all.SelectMany(m => m.Entries).ToList();
        return new MeasureFigures(
            all.Count,
            latest.Count(v => v is not null),
            latest.Count(v => v?.Status == MeasureStatus.Approved),
            latest.Count(v => v is not null && v.Status.IsOpen()),
            all.Sum(m => m.Versions.Count(v => v.Status == MeasureStatus.Returned)),
            entries.Count,
            entries.Count(e => e.Status == LedgerEntryStatus.Done),
            entries.Count(e => StateOf(e, today) == LedgerLineState.Overdue));
    }

    private static UnitPlanLine PlanLineOf(OrganisationUnit unit, UnitPlan plan, DateOnly today)
    {
        var latest = plan.Latest!;
        var states = plan.Entries.Select(e => StateOf(e, today)).ToList();
        return new UnitPlanLine(unit.Name, latest.Version, latest.Status, latest.Items.Count,
            states.Count(s => s is LedgerLineState.DoneOnTime or LedgerLineState.DoneLate),
            states.Count(s => s == LedgerLineState.Overdue),
            states.Count(s => s == LedgerLineState.InProgress),
            Coordination(plan));
    }

    private static int Coordination(UnitPlan plan) => plan.Latest!.Items.Count(i => i.Handling == PlanHandling.UpperCoordination);
}
