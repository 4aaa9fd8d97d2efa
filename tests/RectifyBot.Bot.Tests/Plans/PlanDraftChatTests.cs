using System.Globalization;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Plans;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Plans;

/// <summary>
/// Drafting a unit's plan in chat through the built bot (issue 8): a committee's principal leader types every answer,
/// picks the responsible person among namesakes by number, submits and publishes; the draft survives a restart and a
/// stale card from a second device is refused; the item form keeps everything typed and shows each error by its field;
/// a member who leads no unit may not draft.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanDraftChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_committees_leader_drafts_by_typing_picks_one_of_two_namesakes_by_number_and_publishes_to_members()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");

        var namesakes = DemoUniversityBot.TextOf(await _demo.TypeAsync(
            huangLei, "新建整改方案", "组织生活会质量不高，批评与自我批评不够", "6", "立即整改", Iso(Today.AddDays(30)), DemoRoster.ComputingCommittee, "张伟"));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanAnswer_Namesakes", "张伟"), namesakes, StringComparison.Ordinal);
        Assert.Contains("200022", namesakes, StringComparison.Ordinal);
        Assert.Contains("200024", namesakes, StringComparison.Ordinal);

        var preview = DemoUniversityBot.TextOf(await _demo.TypeAsync(huangLei, "200024", "1、3", "否"));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanDraft_PreviewTitle", DemoRoster.Create().Unit(DemoRoster.ComputingCommittee)!.Name), preview, StringComparison.Ordinal);

        var publish = DemoUniversityBot.TextOf(await _demo.TypeAsync(huangLei, "提交"));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PlanDraft_Submitted"), publish, StringComparison.Ordinal);

        var lastDay = Today.AddDays(7);
        var published = DemoUniversityBot.TextOf(await _demo.TypeAsync(huangLei, "党员", Iso(lastDay)));

        Assert.Contains("第1版已公示", published, StringComparison.Ordinal);
        var repository = new TablePlanRepository(_demo.Tables);
        var plan = await repository.LoadAsync(DemoRoster.ComputingCommittee);
        var version = Assert.Single(plan.Versions);
        Assert.Equal((PlanStatus.PublishedForSupervision, "200001", PlanScope.Members, lastDay), (version.Status, version.AuthorNumber, version.Publication.Scope, version.Publication.LastDay));
        var item = Assert.Single(version.Items);
        Assert.Equal(("education", PlanHandling.FixNow, "200024", DemoRoster.ComputingCommittee), (item.AreaCode, item.Handling, item.ResponsiblePersonNumber, item.ResponsibleUnitCode));
        Assert.Equal([PlanGoal.MemberQuality, PlanGoal.ServingThePeople], item.Goals);
        Assert.Null(await repository.FindDraftAsync(DemoRoster.ComputingCommittee));
        Assert.Equal((PlanEventKind.Published, "200001"), (plan.History[^1].Kind, plan.History[^1].ByNumber));
    }

    [Fact]
    public async Task A_restart_loses_nothing_and_a_second_devices_stale_card_gets_a_conflict_in_English()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊", "en-US");
        await _demo.TypeAsync(huangLei, "new plan", "Branch meetings are rarely held");

        await _demo.RestartAsync();
        var resumed = await _demo.SendAsync(huangLei.Message("continue plan draft"));

        var card = DemoUniversityBot.CardOf(resumed);
        Assert.Contains(CardText.Get(UserLanguage.En, "PlanDraft_Question_Area"), DemoUniversityBot.Readable(card), StringComparison.Ordinal);
        var stored = await new TablePlanRepository(_demo.Tables).FindDraftAsync(DemoRoster.ComputingCommittee);
        Assert.Equal(("Branch meetings are rarely held", PlanField.Area), (stored!.Items[0].Problem, stored.Step));

        var fromDesktop = CardForm.Submission(card, PlanDraftActions.AnswerVerb, (PlanDraftActions.AnswerInputId, "education"));
        var fromPhone = CardForm.Submission(card, PlanDraftActions.AnswerVerb, (PlanDraftActions.AnswerInputId, "research"));
        var desktop = DemoUniversityBot.TextOf(await _demo.SendAsync(huangLei.CardSubmit(fromDesktop)));
        var phone = DemoUniversityBot.TextOf(await _demo.SendAsync(huangLei.CardSubmit(fromPhone)));

        Assert.Contains(CardText.Get(UserLanguage.En, "PlanDraft_Question_Handling"), desktop, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.En, "Draft_Conflict"), phone, StringComparison.Ordinal);
        Assert.Equal("education", (await new TablePlanRepository(_demo.Tables).FindDraftAsync(DemoRoster.ComputingCommittee))!.Items[0].AreaCode);
    }

    [Fact]
    public async Task The_office_chooses_the_unit_from_a_type_ahead_list_of_every_unit_instead_of_typing_its_code()
    {
        var wangFang = _demo.Persona("wangfang", "王芳");

        var choice = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("新建整改方案")));
        var list = DemoUniversityBot.Readable(choice);
        Assert.Contains("\"style\":\"filtered\"", list, StringComparison.Ordinal);
        Assert.All(DemoRoster.Create().Units, u => Assert.Contains($"\"value\":\"{u.Code}\"", list, StringComparison.Ordinal));

        var started = DemoUniversityBot.TextOf(await _demo.SendAsync(wangFang.CardSubmit(
            CardForm.Submission(choice, PlanDraftActions.StartVerb, (PlanDraftActions.UnitKey, DemoRoster.ComputingStaffBranch1)))));

        Assert.Contains(DemoRoster.Create().Unit(DemoRoster.ComputingStaffBranch1)!.Name, started, StringComparison.Ordinal);
        Assert.NotNull(await new TablePlanRepository(_demo.Tables).FindDraftAsync(DemoRoster.ComputingStaffBranch1));
    }

    [Fact]
    public async Task The_offices_item_form_shows_each_error_by_its_field_and_keeps_everything_typed()
    {
        var wangFang = _demo.Persona("wangfang", "王芳");
        var started = await _demo.SendAsync(wangFang.Message("新建整改方案 " + DemoRoster.ComputingStaffBranch1));
        var preview = await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(DemoUniversityBot.CardOf(started), PlanDraftActions.PreviewVerb)));
        var form = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(DemoUniversityBot.CardOf(preview), PlanDraftActions.ItemEditVerb))));

        var saved = DemoUniversityBot.TextOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(
            form,
            PlanDraftActions.ItemSaveVerb,
            ("problem", "党员发展程序不规范"),
            (PlanDraftActions.OwnAreaInputId, "发展党员"),
            ("handling", "StepByStep"),
            ("deadline", "2020-01-01"),
            ("responsibleUnit", DemoRoster.ComputingStaffBranch1),
            ("responsiblePerson", "李娜")))));

        Assert.Contains("党员发展程序不规范", saved, StringComparison.Ordinal);
        Assert.Contains("发展党员", saved, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Answer_DeadlineInThePast"), saved, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Draft_Required"), saved, StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanAnswer_PersonOutsideUnit", "李娜"), saved, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PlanAnswer_GoalsUnreadable"), saved, StringComparison.Ordinal);
        Assert.True((await new TablePlanRepository(_demo.Tables).FindDraftAsync(DemoRoster.ComputingStaffBranch1))!.Items[0].IsBlank);
    }

    [Fact]
    public async Task Typed_answers_go_to_the_draft_touched_last_the_units_plan_or_the_leaders_own_measures()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");
        await _demo.TypeAsync(huangLei, "新建整改措施", "新建整改方案", "组织生活不规范");

        await _demo.TypeAsync(huangLei, "继续草稿", "作风");

        var plan = await new TablePlanRepository(_demo.Tables).FindDraftAsync(DemoRoster.ComputingCommittee);
        Assert.Equal(("组织生活不规范", PlanField.Area), (plan!.Items[0].Problem, plan.Step));
        var measure = Assert.Single(await _demo.MeasureRowsAsync("200001"), r => r.GetString("Kind") == "DraftProblem");
        Assert.Equal("Style", measure.GetString("Area"));
    }

    [Fact]
    public async Task A_member_who_leads_no_unit_and_a_branch_secretary_naming_the_committee_may_not_draft_its_plan()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var shenTao = _demo.Persona("shentao", "沈涛");

        var member = await _demo.SendAsync(zhangWei.Message("新建整改方案"));
        var branchSecretary = await _demo.SendAsync(shenTao.Message("新建整改方案 " + DemoRoster.ComputingCommittee));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "PlanResult_NotAllowed"), (string?)member.Single()!["text"]);
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "PlanResult_NotAllowed"), (string?)branchSecretary.Single()!["text"]);
        Assert.Null(await new TablePlanRepository(_demo.Tables).FindDraftAsync(DemoRoster.ComputingCommittee));
    }
}
