using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Tests.Stages;

public sealed class StageCalendarsTests
{
    private static readonly DateTimeOffset SetAt = new(2026, 2, 20, 1, 0, 0, TimeSpan.Zero);
    private static readonly StageCalendar University = new(new(2026, 3, 1), new(2026, 3, 20), new(2026, 4, 30), new(2026, 7, 15));
    private static readonly StageCalendar Computing = University with { SubmissionDeadline = new(2026, 3, 15) };

    private static StageCalendars Calendars() =>
        new(new StageCalendarEntry(null, University, "100020", SetAt), [new StageCalendarEntry(DemoRoster.ComputingCommittee, Computing, "200001", SetAt)]);

    [Fact]
    public void A_branch_of_a_committee_with_its_own_calendar_follows_the_committee()
    {
        Assert.Equal(Computing, Calendars().For(DemoRoster.ComputingStaffBranch3, DemoRoster.Create()));
        Assert.Equal(Computing, Calendars().For(DemoRoster.ComputingCommittee, DemoRoster.Create()));
    }

    [Fact]
    public void A_unit_whose_committee_set_no_calendar_follows_the_university()
    {
        Assert.Equal(University, Calendars().For(DemoRoster.LettersStaffBranch, DemoRoster.Create()));
        Assert.Equal(University, Calendars().For(DemoRoster.AcademicAffairs, DemoRoster.Create()));
    }

    [Fact]
    public void A_person_without_a_unit_follows_the_university()
    {
        Assert.Equal(University, Calendars().For(null, DemoRoster.Create()));
    }

    [Fact]
    public void Before_the_office_sets_the_dates_there_is_no_calendar()
    {
        Assert.Null(StageCalendars.None.For(DemoRoster.ComputingStaffBranch3, DemoRoster.Create()));
    }
}
