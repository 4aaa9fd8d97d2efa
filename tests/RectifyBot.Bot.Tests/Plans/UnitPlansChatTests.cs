using System.Net;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.Supervision;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.Supervision;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Plans;

/// <summary>
/// "我的单位方案" / "unit plans" through the built bot: a committee's principal leader sees the plan a branch under it
/// filed and acknowledges it from the card (desktop Action.Execute); a member's press of the same button (mobile
/// Action.Submit) is refused in their language and nothing changes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnitPlansChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Branch = DemoRoster.ComputingStaffBranch1;
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        await new TablePlanRepository(_demo.Tables).SaveAsync(new PlanChange { UnitCode = Branch, Version = FiledPlan() });
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_committees_leader_sees_the_branchs_filed_plan_and_acknowledges_it_from_the_card()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");

        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("我的单位方案")));

        var text = DemoUniversityBot.Readable(card);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Plans_Title"), text, StringComparison.Ordinal);
        Assert.Contains(DemoRoster.Create().Unit(Branch)!.Name, text, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PlanStatus_Filed"), text, StringComparison.Ordinal);
        Assert.Contains(PlanNoticeCard.AcknowledgeVerb, text, StringComparison.Ordinal);

        var (status, body) = await _demo.InvokeAsync(huangLei.CardAction(PlanNoticeCard.AcknowledgeVerb, new JsonObject { ["unit"] = Branch, ["version"] = "1" }));

        Assert.Equal(HttpStatusCode.OK, status);
        var updated = DemoUniversityBot.Readable(body!["value"]!);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Plans_Acknowledged"), updated, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanNoticeCard.AcknowledgeVerb, updated, StringComparison.Ordinal);
        var plan = await new TablePlanRepository(_demo.Tables).LoadAsync(Branch);
        Assert.Equal((PlanStatus.Acknowledged, "200001"), (plan.Latest!.Status, plan.Latest.AcknowledgedByNumber));
        Assert.Equal((PlanEventKind.Acknowledged, "200001"), (plan.History[^1].Kind, plan.History[^1].ByNumber));
    }

    [Fact]
    public async Task A_reminder_of_the_unacknowledged_filing_in_my_reminders_opens_the_unit_plans_card_to_acknowledge_it()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var filing = new Obligation
        {
            Kind = ObligationKinds.FilingNotAcknowledged,
            SubjectId = $"{Branch}|v1",
            OwnerNumbers = ["200001"],
            DueDate = today.AddDays(-2),
            Schedule = ReminderSchedule.OverdueOnly,
            Title = DemoRoster.Create().Unit(Branch)!.Name,
        };
        Assert.True(await new TableReminderLog(_demo.Tables).RecordAsync("200001", today.AddDays(-1), 0,
            [new ReminderItem(filing, new Occasion(today.AddDays(-1), ReminderKind.Overdue), "200001")], null));
        var huangLei = _demo.Persona("huanglei", "黄磊");

        var reminders = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("督办提醒"))));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Supervision_Kind_filing"), reminders, StringComparison.Ordinal);
        Assert.Contains(DigestCard.OpenUnitPlansVerb, reminders, StringComparison.Ordinal);

        var (status, body) = await _demo.InvokeAsync(huangLei.CardAction(DigestCard.OpenUnitPlansVerb, []));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = DemoUniversityBot.Readable(body!["value"]!);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Plans_Title"), card, StringComparison.Ordinal);
        Assert.Contains(PlanNoticeCard.AcknowledgeVerb, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_the_card_is_in_English_and_a_members_press_of_acknowledge_is_refused()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊", "en-US");
        var zhangWei = _demo.Persona("zhangwei", "张伟", "en-US");

        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("unit plans")));
        var replies = await _demo.SendAsync(zhangWei.CardSubmit(new JsonObject { ["verb"] = PlanNoticeCard.AcknowledgeVerb, ["unit"] = Branch, ["version"] = "1" }));

        Assert.Contains(CardText.Get(UserLanguage.En, "Plans_Title"), DemoUniversityBot.Readable(card), StringComparison.Ordinal);
        Assert.Contains("Filed", DemoUniversityBot.Readable(card), StringComparison.Ordinal);
        Assert.Equal(CardText.Get(UserLanguage.En, "PlanResult_NotAllowed"), (string?)replies.Single()!["text"]);
        Assert.Equal(PlanStatus.Filed, (await new TablePlanRepository(_demo.Tables).LoadAsync(Branch)).Latest!.Status);
    }

    private static PlanVersion FiledPlan() => new()
    {
        UnitCode = Branch,
        Version = 1,
        AuthorNumber = "200010",
        ParentUnitCode = DemoRoster.ComputingCommittee,
        Items =
        [
            new PlanItem
            {
                Problem = "组织生活不规范",
                AreaCode = "education",
                Handling = PlanHandling.FixNow,
                Deadline = new DateOnly(2027, 1, 15),
                ResponsibleUnitCode = Branch,
                ResponsiblePersonNumber = "200010",
                Goals = [PlanGoal.GrassrootsOrganisation],
            },
        ],
        Publication = new PlanPublication(PlanScope.Members, new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero), new DateOnly(2026, 11, 25), new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero)),
        Status = PlanStatus.Filed,
        FiledAt = new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero),
        FiledByNumber = "200010",
    };
}
