using System.Globalization;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Meetings;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Meetings;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Meetings;

/// <summary>
/// Meetings and guidance visits through the built bot with the demo university: a committee leader records the special
/// democratic-life meeting from the form (attendees typed by name and number, who and when kept), a bad form comes back
/// with each error under its field and everything typed, namesakes are listed by number and unit, a liaison school
/// leader records a visit, a plain member is refused, and "会议" lists them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingsChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    private static string Today => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_committee_leader_records_the_democratic_life_meeting_with_attendees_by_name_and_number_and_who_and_when_are_kept()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");
        var form = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("记录会议")));
        Assert.Contains("记录会议：计算机学院党委", DemoUniversityBot.Readable(form), StringComparison.Ordinal);

        var replies = await _demo.SendAsync(huangLei.CardSubmit(CardForm.Submission(form, MeetingFormCard.RecordVerb,
            (MeetingFormCard.InputId(MeetingField.Kind), nameof(MeetingKind.DemocraticLifeMeeting)),
            (MeetingFormCard.InputId(MeetingField.Date), Today),
            (MeetingFormCard.InputId(MeetingField.Attendees), "黄磊、何军, 200003 刘洋"),
            (MeetingFormCard.InputId(MeetingField.Summary), "班子成员逐一对照检查，开展批评与自我批评。"))));

        var text = DemoUniversityBot.TextOf(replies);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Meetings_Recorded", "专题民主生活会", Today), text, StringComparison.Ordinal);
        Assert.Contains("黄磊、何军、许晴、刘洋", text, StringComparison.Ordinal);
        var stored = Assert.Single(await new TableMeetingRepository(_demo.Tables).ListAsync(DemoRoster.ComputingCommittee));
        Assert.Equal((MeetingKind.DemocraticLifeMeeting, "200001"), (stored.Kind, stored.RecordedByNumber));
        Assert.Equal(["200001", "200002", "200003", "100002"], stored.AttendeeNumbers);
        Assert.True(DateTimeOffset.UtcNow - stored.RecordedAt < TimeSpan.FromMinutes(2));

        // The same form sent again records nothing new.
        var again = await _demo.SendAsync(huangLei.CardSubmit(CardForm.Submission(form, MeetingFormCard.RecordVerb,
            (MeetingFormCard.InputId(MeetingField.Kind), nameof(MeetingKind.DemocraticLifeMeeting)),
            (MeetingFormCard.InputId(MeetingField.Date), Today),
            (MeetingFormCard.InputId(MeetingField.Attendees), "黄磊"),
            (MeetingFormCard.InputId(MeetingField.Summary), "重复提交"))));
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Meetings_AlreadyRecorded"), (string?)again.Single()!["text"]);
        Assert.Single(await new TableMeetingRepository(_demo.Tables).ListAsync(DemoRoster.ComputingCommittee));
    }

    [Fact]
    public async Task A_future_date_an_attendee_outside_the_roster_namesakes_and_an_empty_summary_come_back_under_their_fields_with_everything_typed()
    {
        var liNa = _demo.Persona("lina", "李娜");
        var form = DemoUniversityBot.CardOf(await _demo.SendAsync(liNa.Message("记录会议 " + DemoRoster.ComputingStaffBranch3)));
        var tomorrow = ChinaTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var refused = DemoUniversityBot.CardOf(await _demo.SendAsync(liNa.CardSubmit(CardForm.Submission(form, MeetingFormCard.RecordVerb,
            (MeetingFormCard.InputId(MeetingField.Kind), nameof(MeetingKind.OrganisationalLifeMeeting)),
            (MeetingFormCard.InputId(MeetingField.Date), tomorrow),
            (MeetingFormCard.InputId(MeetingField.Attendees), "李娜 张伟 欧阳锋"),
            (MeetingFormCard.InputId(MeetingField.Summary), "  ")))));

        var card = DemoUniversityBot.Readable(refused);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "MeetingProblem_DateInFuture", tomorrow), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "MeetingProblem_AttendeeUnknown", "欧阳锋"), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "MeetingProblem_AttendeeNamesakes", "张伟"), card, StringComparison.Ordinal);
        Assert.Contains("张伟（工号200022，计算机学院教工第三党支部）", card, StringComparison.Ordinal);
        Assert.Contains("张伟（工号200024，计算机学院教工第三党支部）", card, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "MeetingProblem_SummaryRequired"), card, StringComparison.Ordinal);
        Assert.Contains("李娜 张伟 欧阳锋", card, StringComparison.Ordinal);
        Assert.Contains(tomorrow, card, StringComparison.Ordinal);
        Assert.Empty(await new TableMeetingRepository(_demo.Tables).ListAsync(DemoRoster.ComputingStaffBranch3));

        // Corrected on the returned card (numbers for the namesake): recorded.
        var replies = await _demo.SendAsync(liNa.CardSubmit(CardForm.Submission(refused, MeetingFormCard.RecordVerb,
            (MeetingFormCard.InputId(MeetingField.Date), Today),
            (MeetingFormCard.InputId(MeetingField.Attendees), "李娜 200024"),
            (MeetingFormCard.InputId(MeetingField.Summary), "交流整改进展。"))));
        Assert.Contains("专题组织生活会", DemoUniversityBot.TextOf(replies), StringComparison.Ordinal);
        var stored = Assert.Single(await new TableMeetingRepository(_demo.Tables).ListAsync(DemoRoster.ComputingStaffBranch3));
        Assert.Equal(["200020", "200024"], stored.AttendeeNumbers);
    }

    [Fact]
    public async Task A_liaison_school_leader_records_a_guidance_visit_in_English_and_the_list_shows_it()
    {
        var liuYang = _demo.Persona("liuyang", "刘洋", "en-US");
        var form = DemoUniversityBot.CardOf(await _demo.SendAsync(liuYang.Message("record visit " + DemoRoster.ComputingCommittee)));
        Assert.Contains("100002", DemoUniversityBot.Readable(form), StringComparison.Ordinal);

        await _demo.SendAsync(liuYang.CardSubmit(CardForm.Submission(form, MeetingFormCard.RecordVerb,
            (MeetingFormCard.InputId(MeetingField.Date), Today),
            (MeetingFormCard.InputId(MeetingField.Attendees), "黄磊"),
            (MeetingFormCard.InputId(MeetingField.Summary), "到学院调研整改方案落实情况。"))));

        var stored = Assert.Single(await new TableMeetingRepository(_demo.Tables).ListAsync(DemoRoster.ComputingCommittee));
        Assert.Equal((MeetingKind.GuidanceVisit, "100002", "100002"), (stored.Kind, stored.VisitorNumber, stored.RecordedByNumber));

        var huangLei = _demo.Persona("huanglei", "黄磊");
        var list = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("会议"))));
        Assert.Contains("校领导指导", list, StringComparison.Ordinal);
        Assert.Contains("到学院调研整改方案落实情况。", list, StringComparison.Ordinal);
        Assert.Contains("刘洋 记录于", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_member_may_neither_record_nor_send_a_forged_form()
    {
        var zhaoLei = _demo.Persona("zhaolei", "赵磊");

        var typed = await _demo.SendAsync(zhaoLei.Message("记录会议 " + DemoRoster.ComputingStaffBranch3));
        var forged = await _demo.SendAsync(zhaoLei.CardSubmit(new System.Text.Json.Nodes.JsonObject
        {
            ["verb"] = MeetingFormCard.RecordVerb,
            [MeetingFormCard.UnitKey] = DemoRoster.ComputingStaffBranch3,
            [MeetingFormCard.InputId(MeetingField.Kind)] = nameof(MeetingKind.BranchMeeting),
            [MeetingFormCard.InputId(MeetingField.Date)] = Today,
            [MeetingFormCard.InputId(MeetingField.Attendees)] = "赵磊",
            [MeetingFormCard.InputId(MeetingField.Summary)] = "冒充记录",
        }));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Meetings_NotAllowed"), (string?)typed.Single()!["text"]);
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Meetings_NotAllowed"), (string?)forged.Single()!["text"]);
        Assert.Empty(await new TableMeetingRepository(_demo.Tables).ListAsync(DemoRoster.ComputingStaffBranch3));
    }
}
