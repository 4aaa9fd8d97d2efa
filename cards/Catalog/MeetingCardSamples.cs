using RectifyBot.Cards.Meetings;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples of the meeting cards (issue 8) for the catalog's render checks.</summary>
internal static class MeetingCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 20, 2, 0, 0, TimeSpan.Zero);

    public static AdaptiveCard Form(UserLanguage language) =>
        MeetingFormCard.Build(language, new MeetingFormView(DemoRoster.ComputingCommittee, "计算机学院党委", false, new string('a', 32), MeetingInput.Empty, [], DemoRoster.Create()));

    /// <summary>Every field wrong with typed text at its limit, 30 namesakes listed.</summary>
    public static AdaptiveCard FormMaximum(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var namesakes = Enumerable.Range(0, 30).Select(i => roster.Person("200022")! with { Number = "3" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        var input = new MeetingInput("Nonsense", SampleText.Chinese(40), SampleText.Chinese(MeetingLimits.AttendeesText), SampleText.Chinese(50), SampleText.Chinese(MeetingLimits.Summary));
        MeetingProblem[] problems =
        [
            new(MeetingField.Kind, MeetingProblemKind.KindRequired),
            new(MeetingField.Date, MeetingProblemKind.DateUnreadable, input.Date),
            new(MeetingField.Attendees, MeetingProblemKind.AttendeeNamesakes, "张伟") { Candidates = namesakes },
            new(MeetingField.Attendees, MeetingProblemKind.AttendeeUnknown, SampleText.Chinese(50)),
            new(MeetingField.Summary, MeetingProblemKind.SummaryTooLong, "2001"),
        ];
        return MeetingFormCard.Build(language, new MeetingFormView(DemoRoster.ComputingCommittee, SampleText.Chinese(40), false, new string('a', 32), input, problems, roster) { NoticeKey = "MeetingForm_NotRecorded" });
    }

    public static AdaptiveCard VisitForm(UserLanguage language) =>
        MeetingFormCard.Build(language, new MeetingFormView(DemoRoster.ComputingCommittee, "计算机学院党委", true, new string('b', 32), MeetingInput.Empty with { Visitor = "100002" }, [], DemoRoster.Create()));

    public static AdaptiveCard List(UserLanguage language) =>
        MeetingsCard.Build(language, DemoRoster.ComputingCommittee, "计算机学院党委",
        [
            new Meeting { Id = "m2", UnitCode = DemoRoster.ComputingCommittee, Kind = MeetingKind.GuidanceVisit, Date = new(2026, 12, 18), VisitorNumber = "100002", AttendeeNumbers = ["200001"], Summary = "到学院调研整改方案落实情况，听取班子汇报。", RecordedByNumber = "100002", RecordedAt = At },
            new Meeting { Id = "m1", UnitCode = DemoRoster.ComputingCommittee, Kind = MeetingKind.DemocraticLifeMeeting, Date = new(2026, 12, 10), AttendeeNumbers = ["200001", "200002", "200003", "100002"], Summary = "班子成员逐一对照检查，开展批评与自我批评。", RecordedByNumber = "200001", RecordedAt = At },
        ], DemoRoster.Create(), canRecord: true);

    /// <summary>500 meetings of 300 attendees and 2,000-character summaries: twenty shown, twelve names each, summaries cut.</summary>
    public static AdaptiveCard ListMaximum(UserLanguage language)
    {
        var attendees = Enumerable.Range(0, MeetingLimits.Attendees).Select(i => "9" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var meetings = Enumerable.Range(0, 500).Select(i => new Meeting
        {
            Id = "m" + i, UnitCode = "U", Kind = MeetingKind.LeadershipGroupMeeting, Date = new DateOnly(2026, 12, 1).AddDays(i % 20),
            AttendeeNumbers = attendees, Summary = SampleText.Chinese(MeetingLimits.Summary), RecordedByNumber = "200001", RecordedAt = At,
        }).ToList();
        return MeetingsCard.Build(language, "U", SampleText.Chinese(40), meetings, DemoRoster.Create(), canRecord: true);
    }
}
