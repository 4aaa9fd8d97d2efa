using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Stages;

/// <summary>
/// "阶段日期" / "stage dates": shows the calendars and sets one. The office sets the university's; a secondary
/// committee's principal leader sets the committee's own, within the university's (StageCalendar.CheckWithin).
/// Rule errors refuse the dates; warnings are saved with them. Every save keeps who and when.
/// </summary>
public sealed class StageDatesSetting(IRosterRepository rosters, IStageCalendarRepository calendars, TimeProvider time)
{
    /// <summary>What the person sees, and which calendar (if any) they may set.</summary>
    public async Task<StageDatesView> ViewAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var all = await calendars.LoadAsync(cancellationToken).ConfigureAwait(false);
        return View(viewer, roster, all);
    }

    /// <summary>Validates and saves a calendar for the scope (null: the university's).</summary>
    public async Task<StageDatesSaveOutcome> SaveAsync(Person viewer, string? unitCode, StageDatesInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(input);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!AccessPolicy.CanSetStageDates(viewer, unitCode, roster))
        {
            return new StageDatesSaveOutcome(StageDatesSaveResult.Refused, [], null, null);
        }

        var (calendar, unreadable) = input.Parse();
        if (calendar is null)
        {
            return new StageDatesSaveOutcome(StageDatesSaveResult.Invalid, unreadable, null, null);
        }

        StageCalendarCheck check;
        if (unitCode is null)
        {
            check = calendar.Check();
        }
        else
        {
            var all = await calendars.LoadAsync(cancellationToken).ConfigureAwait(false);
            if (all.University is not { } university)
            {
                return new StageDatesSaveOutcome(StageDatesSaveResult.NoUniversityCalendar, [], null, null);
            }

            check = calendar.CheckWithin(university.Calendar);
        }

        if (!check.IsValid)
        {
            return new StageDatesSaveOutcome(StageDatesSaveResult.Invalid, [], check, null);
        }

        var entry = new StageCalendarEntry(unitCode, calendar, viewer.Number, time.GetUtcNow());
        await calendars.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
        return new StageDatesSaveOutcome(StageDatesSaveResult.Saved, [], check, entry);
    }

    /// <summary>The scope a person sets by typing "阶段日期 …": the office the university's, else the committee they lead; null if none.</summary>
    public static string? CommitteeLedBy(Person viewer, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return viewer.Positions
            .Where(p => p.Position == Position.PrincipalLeader && p.UnitCode is not null)
            .Select(p => p.UnitCode!)
            .FirstOrDefault(code => AccessPolicy.CanSetStageDates(viewer, code, roster));
    }

    private static StageDatesView View(Person viewer, Roster.Roster roster, StageCalendars all)
    {
        var ownCommittee = roster.CommitteeOf(viewer.PartyUnitCode);
        var led = CommitteeLedBy(viewer, roster);
        var committeeCode = led ?? ownCommittee?.Code;
        var committeeEntry = committeeCode is null ? null : all.Committees.FirstOrDefault(c => string.Equals(c.UnitCode, committeeCode, StringComparison.Ordinal));
        var mayEditUniversity = AccessPolicy.CanSetStageDates(viewer, null, roster);
        return new StageDatesView(
            roster,
            all.University,
            committeeCode is null ? null : roster.Unit(committeeCode),
            committeeEntry,
            EditableScope: mayEditUniversity ? null : led,
            CanEdit: mayEditUniversity || led is not null);
    }
}
