using RectifyBot.Core.Access;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Core.Tests.Meetings;

/// <summary>The server's reading of a meeting form against the demo university's roster, and who may record.</summary>
public sealed class MeetingCheckTests
{
    private static readonly DateOnly Today = new(2026, 12, 20);
    private static readonly DateTimeOffset At = new(2026, 12, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Core.Roster.Roster Roster = DemoRoster.Create();

    private static (Meeting? Meeting, IReadOnlyList<MeetingProblem> Problems) Read(MeetingInput input, string unit = DemoRoster.ComputingCommittee) =>
        MeetingCheck.Read(input, unit, Roster, Today, "f1", "200001", At);

    [Fact]
    public void A_typed_Chinese_date_and_attendees_by_name_and_number_in_any_separator_are_read_with_the_liaison_school_leader()
    {
        var (meeting, problems) = Read(new MeetingInput("LeadershipGroupMeeting", "12月5日", "黄磊，何军、200003 刘洋 黄磊", null, "  研究整改工作。  "));

        Assert.Empty(problems);
        Assert.Equal(new DateOnly(2026, 12, 5), meeting!.Date);
        Assert.Equal(["200001", "200002", "200003", "100002"], meeting.AttendeeNumbers);
        Assert.Equal(("研究整改工作。", "200001", At, "f1"), (meeting.Summary, meeting.RecordedByNumber, meeting.RecordedAt, meeting.Id));
    }

    [Fact]
    public void Every_bad_field_is_named_with_what_was_typed()
    {
        var (meeting, problems) = Read(new MeetingInput("Picnic", "2026-12-21", "黄磊 欧阳锋 林芳", null, " "));

        Assert.Null(meeting);
        Assert.Equal(
            [
                new MeetingProblem(MeetingField.Kind, MeetingProblemKind.KindRequired),
                new MeetingProblem(MeetingField.Date, MeetingProblemKind.DateInFuture, "2026-12-21"),
                new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.AttendeeUnknown, "欧阳锋"),
                new MeetingProblem(MeetingField.Attendees, MeetingProblemKind.AttendeeOutsideUnit, "林芳"),
                new MeetingProblem(MeetingField.Summary, MeetingProblemKind.SummaryRequired),
            ],
            problems);
    }

    [Fact]
    public void Namesakes_are_listed_by_number_and_a_number_picks_one()
    {
        var (_, problems) = Read(new MeetingInput("OrganisationalLifeMeeting", "2026-12-19", "张伟", null, "交流"), DemoRoster.ComputingStaffBranch3);
        var (meeting, none) = Read(new MeetingInput("OrganisationalLifeMeeting", "2026-12-19", "200024", null, "交流"), DemoRoster.ComputingStaffBranch3);

        var namesakes = Assert.Single(problems);
        Assert.Equal((MeetingProblemKind.AttendeeNamesakes, "张伟"), (namesakes.Kind, namesakes.Text));
        Assert.Equal(["200022", "200024"], namesakes.Candidates.Select(p => p.Number));
        Assert.Empty(none);
        Assert.Equal(["200024"], meeting!.AttendeeNumbers);
    }

    [Fact]
    public void Unreadable_dates_too_long_summaries_and_too_many_attendees_are_refused()
    {
        var (_, problems) = Read(new MeetingInput("BranchMeeting", "上周某天", string.Join(' ', Enumerable.Repeat("黄磊", MeetingLimits.Attendees + 1).Select((n, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, new string('纪', MeetingLimits.Summary + 1)));

        Assert.Equal([MeetingProblemKind.DateUnreadable, MeetingProblemKind.TooManyAttendees, MeetingProblemKind.SummaryTooLong], problems.Select(p => p.Kind));
    }

    [Fact]
    public void A_guidance_visit_names_a_school_leader_and_may_have_no_attendees()
    {
        var (visit, none) = Read(new MeetingInput("GuidanceVisit", "2026-12-18", "", "刘洋", "调研"));
        var (_, notLeader) = Read(new MeetingInput("GuidanceVisit", "2026-12-18", "", "黄磊", "调研"));
        var (_, missing) = Read(new MeetingInput("GuidanceVisit", "2026-12-18", "", " ", "调研"));

        Assert.Empty(none);
        Assert.Equal(("100002", 0), (visit!.VisitorNumber, visit.AttendeeNumbers.Count));
        Assert.Equal([new MeetingProblem(MeetingField.Visitor, MeetingProblemKind.VisitorNotSchoolLeader, "黄磊")], notLeader);
        Assert.Equal([new MeetingProblem(MeetingField.Visitor, MeetingProblemKind.VisitorRequired)], missing);
    }

    [Fact]
    public void Only_the_units_leaders_or_the_office_record_and_a_school_leader_only_a_visit()
    {
        bool Can(string number, string unit, bool visit) => AccessPolicy.CanRecordMeeting(Roster.Person(number)!, unit, visit, Roster);

        Assert.True(Can("200001", DemoRoster.ComputingCommittee, false));
        Assert.True(Can("200020", DemoRoster.ComputingStaffBranch3, false));
        Assert.True(Can("100020", DemoRoster.LettersCommittee, false));
        Assert.False(Can("200022", DemoRoster.ComputingStaffBranch3, false));
        Assert.False(Can("200001", DemoRoster.LettersCommittee, false));
        Assert.False(Can("100002", DemoRoster.LettersCommittee, false));
        Assert.True(Can("100002", DemoRoster.LettersCommittee, true));
    }
}
