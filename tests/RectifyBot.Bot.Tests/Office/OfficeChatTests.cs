using System.Net;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Stages;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Reviews;
using RectifyBot.Storage.Stages;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Office;

/// <summary>
/// The office's chat commands through the built bot: roster check, stage dates (typed and by card), route overrides
/// and "my review route", each refused to people who may not use it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfficeChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
    }

    [Fact]
    public async Task Roster_check_shows_the_office_the_class_without_a_branch_the_branch_without_a_secretary_and_unreachable_people()
    {
        var wangFang = Persona("wangfang", "王芳");

        var card = CardOf(await SendAsync(wangFang.Message("名册检查")));

        var text = Readable(card);
        Assert.Contains(DemoRoster.ClassWithoutBranch, text, StringComparison.Ordinal);
        Assert.Contains("文学院研究生党支部", text, StringComparison.Ordinal);
        Assert.Contains("机器人还联系不上的人员", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roster_check_is_refused_to_an_ordinary_member()
    {
        var zhangWei = Persona("zhangwei", "张伟");

        var replies = await SendAsync(zhangWei.Message("名册检查"));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Reply_OfficeOnly"), (string?)replies.Single()!["text"]);
    }

    [Fact]
    public async Task A_flagged_weak_branch_appears_in_the_roster_check_with_its_reason()
    {
        var wangFang = Persona("wangfang", "王芳");
        await SendAsync(wangFang.Message("标记软弱涣散 " + DemoRoster.HospitalBranch + " 长期不开展组织生活"));

        var card = CardOf(await SendAsync(wangFang.Message("名册检查")));

        Assert.Contains("长期不开展组织生活", Readable(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_sets_the_university_dates_by_typing_them_and_who_set_them_is_kept()
    {
        var wangFang = Persona("wangfang", "王芳");

        var card = CardOf(await SendAsync(wangFang.Message("阶段日期 2026-12-01 2026-12-20 2027-01-15 2027-04-15")));

        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "StageDates_Saved"), Readable(card), StringComparison.Ordinal);
        var saved = (await new TableStageCalendarRepository(_demo.Tables).LoadAsync()).University;
        Assert.NotNull(saved);
        Assert.Equal("100020", saved.SetByNumber);
        Assert.Equal(new DateOnly(2027, 4, 15), saved.Calendar.ConsolidationEnd);
    }

    [Fact]
    public async Task Dates_in_the_wrong_order_come_back_on_the_form_with_the_error_under_the_field_and_the_values_kept()
    {
        var wangFang = Persona("wangfang", "王芳");
        var submit = wangFang.Message("");
        submit.Remove("text");
        submit["value"] = new JsonObject
        {
            ["verb"] = "stage-dates-save", ["unit"] = "",
            ["start"] = "2026-12-01", ["submissionDeadline"] = "2026-11-20", ["stageEnd"] = "2027-01-15", ["consolidationEnd"] = "2027-04-15",
        };

        var card = CardOf(await SendAsync(submit));

        var items = card["body"]!.AsArray().OfType<JsonObject>().SelectMany(c => c["items"]?.AsArray().OfType<JsonObject>() ?? []).ToList();
        var field = items.FindIndex(i => (string?)i["id"] == "submissionDeadline");
        Assert.Equal("2026-11-20", (string?)items[field]["value"]);
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "StageProblem_SubmissionBeforeStart"), (string?)items[field + 1]["text"]);
        Assert.Null((await new TableStageCalendarRepository(_demo.Tables).LoadAsync()).University);
    }

    [Fact]
    public async Task The_office_saves_the_dates_from_the_desktop_card_and_the_invoke_answers_with_the_saved_card()
    {
        var wangFang = Persona("wangfang", "王芳");
        var data = new JsonObject
        {
            [StageDatesCard.UnitKey] = "",
            ["start"] = "2026-12-01", ["submissionDeadline"] = "2026-12-20", ["stageEnd"] = "2027-01-15", ["consolidationEnd"] = "2027-04-15",
        };

        var (status, body) = await _demo.InvokeAsync(wangFang.CardAction(StageDatesCard.SaveVerb, data));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body!["type"]);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "StageDates_Saved"), Readable(body["value"]!.AsObject()), StringComparison.Ordinal);
        var saved = (await new TableStageCalendarRepository(_demo.Tables).LoadAsync()).University;
        Assert.Equal(("100020", new DateOnly(2026, 12, 20)), (saved!.SetByNumber, saved.Calendar.SubmissionDeadline));
    }

    [Fact]
    public async Task A_member_pressing_save_on_a_forwarded_dates_card_is_refused_and_nothing_is_saved()
    {
        var zhangWei = Persona("zhangwei", "张伟");
        var data = new JsonObject
        {
            [StageDatesCard.UnitKey] = "",
            ["start"] = "2026-12-01", ["submissionDeadline"] = "2026-12-20", ["stageEnd"] = "2027-01-15", ["consolidationEnd"] = "2027-04-15",
        };

        var (status, body) = await _demo.InvokeAsync(zhangWei.CardAction(StageDatesCard.SaveVerb, data));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "StageDates_NotAllowed"), body!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Null((await new TableStageCalendarRepository(_demo.Tables).LoadAsync()).University);
    }

    [Fact]
    public async Task A_committee_leader_cannot_set_dates_outside_the_university_dates()
    {
        await SendAsync(Persona("wangfang", "王芳").Message("阶段日期 2026-12-01 2026-12-20 2027-01-15 2027-04-15"));
        var huangLei = Persona("huanglei", "黄磊");

        var card = CardOf(await SendAsync(huangLei.Message("阶段日期 2026-11-20 2026-12-20 2027-01-15 2027-04-15")));

        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "StageProblem_StartsBeforeUniversity"), Readable(card), StringComparison.Ordinal);
        Assert.Empty((await new TableStageCalendarRepository(_demo.Tables).LoadAsync()).Committees);
    }

    [Fact]
    public async Task A_route_override_is_stored_with_who_and_why_and_shows_in_the_authors_review_route()
    {
        var wangFang = Persona("wangfang", "王芳");

        var reply = (string?)(await SendAsync(wangFang.Message("指定审核人 200022 200021 支部书记外出学习"))).Single()!["text"];

        Assert.Contains("陈静", reply, StringComparison.Ordinal);
        var stored = await new TableRouteOverrides(_demo.Tables).FindAsync("200022");
        Assert.Equal(("200021", "100020", "支部书记外出学习"), (stored!.ReviewerNumber, stored.SetBy, stored.Reason));
        var mine = (string?)(await SendAsync(Persona("zhangwei", "张伟").Message("我的审核路径"))).Single()!["text"];
        Assert.Contains("支部书记外出学习", mine, StringComparison.Ordinal);
        Assert.Contains("陈静（200021）", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setting_a_reviewer_is_refused_to_someone_who_is_not_office_staff()
    {
        var zhangWei = Persona("zhangwei", "张伟");

        var replies = await SendAsync(zhangWei.Message("指定审核人 200023 200022 想换人"));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Reply_OfficeOnly"), (string?)replies.Single()!["text"]);
        Assert.Null(await new TableRouteOverrides(_demo.Tables).FindAsync("200023"));
    }

    private TeamsActivities Persona(string account, string name) => _demo.Persona(account, name);


    private static string Readable(JsonObject card) => DemoUniversityBot.Readable(card);

    private static JsonObject CardOf(JsonArray replies) => DemoUniversityBot.CardOf(replies);

    private Task<JsonArray> SendAsync(JsonObject activity) => _demo.SendAsync(activity);
}
