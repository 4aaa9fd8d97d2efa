using System.Globalization;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Plans;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Plans;

/// <summary>
/// Publishing a submitted plan from chat (issue 8) through the built bot: the author chooses the scope and the last
/// day of the feedback window on the publish card; a window in the past comes back with the error by the date and the
/// scope kept; a plan with no items cannot be submitted.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanPublishChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_window_in_the_past_is_refused_by_its_field_with_the_scope_kept_then_the_plan_is_published_to_staff()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");
        var publish = await PublishCardAsync(_demo, huangLei);

        var refused = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.CardSubmit(CardForm.Submission(
            publish, PlanDraftActions.PublishVerb, ("scope", "Staff"), ("windowEnd", Iso(Today.AddDays(-1)))))));

        var text = DemoUniversityBot.Readable(refused);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PlanProblem_WindowInPast"), text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Staff\"", text, StringComparison.Ordinal);
        Assert.Empty((await new TablePlanRepository(_demo.Tables).LoadAsync(DemoRoster.ComputingCommittee)).Versions);

        var published = DemoUniversityBot.TextOf(await _demo.SendAsync(huangLei.CardSubmit(CardForm.Submission(
            refused, PlanDraftActions.PublishVerb, ("windowEnd", Iso(Today.AddDays(10)))))));

        Assert.Contains("第1版已公示", published, StringComparison.Ordinal);
        var version = Assert.Single((await new TablePlanRepository(_demo.Tables).LoadAsync(DemoRoster.ComputingCommittee)).Versions);
        Assert.Equal((PlanScope.Staff, Today.AddDays(10), PlanStatus.PublishedForSupervision), (version.Publication.Scope, version.Publication.LastDay, version.Status));
    }

    [Fact]
    public async Task A_plan_with_no_items_cannot_be_submitted()
    {
        var wangFang = _demo.Persona("wangfang", "王芳", "en-US");
        var started = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("new plan " + DemoRoster.ComputingStaffBranch1)));
        var preview = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(started, PlanDraftActions.PreviewVerb))));

        var submitted = DemoUniversityBot.TextOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(preview, PlanDraftActions.SubmitVerb))));

        Assert.Contains(CardText.Get(UserLanguage.En, "PlanProblem_NoItems"), submitted, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanDraftActions.PublishVerb, submitted, StringComparison.Ordinal);
        Assert.Empty((await new TablePlanRepository(_demo.Tables).LoadAsync(DemoRoster.ComputingStaffBranch1)).Versions);
    }

    [Fact]
    public async Task After_a_revision_is_required_new_plan_starts_from_the_last_version_and_publishes_the_next_one()
    {
        var repository = new TablePlanRepository(_demo.Tables);
        var item = CompleteDraft().Items[0];
        await repository.SaveAsync(new PlanChange { UnitCode = DemoRoster.ComputingCommittee, Version = RevisionRequired() });
        var huangLei = _demo.Persona("huanglei", "黄磊");

        var preview = DemoUniversityBot.TextOf(await _demo.SendAsync(huangLei.Message("新建整改方案")));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanDraft_Revising", 1, 2), preview, StringComparison.Ordinal);
        Assert.Contains(item.Problem!, preview, StringComparison.Ordinal);

        var published = DemoUniversityBot.TextOf(await _demo.TypeAsync(huangLei, "提交", "全体", Iso(Today.AddDays(5))));

        Assert.Contains("第2版已公示", published, StringComparison.Ordinal);
        var plan = await repository.LoadAsync(DemoRoster.ComputingCommittee);
        Assert.Equal([PlanStatus.RevisionRequired, PlanStatus.PublishedForSupervision], plan.Versions.Select(v => v.Status));
        Assert.Equal((2, PlanScope.Everyone, item.Problem), (plan.Latest!.Version, plan.Latest.Publication.Scope, Assert.Single(plan.Latest.Items).Problem));
    }

    /// <summary>
    /// 黄磊 (its author; or another leader of the unit, naming it in <paramref name="resume"/>) continues the saved
    /// <see cref="CompleteDraft"/> and submits it: the publish card (scope and window).
    /// </summary>
    internal static async Task<JsonObject> PublishCardAsync(DemoUniversityBot demo, TeamsActivities author, string resume = "继续方案草稿")
    {
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(author);
        await new TablePlanRepository(demo.Tables).SaveDraftAsync(CompleteDraft());
        var preview = DemoUniversityBot.CardOf(await demo.SendAsync(author.Message(resume)));
        return DemoUniversityBot.CardOf(await demo.SendAsync(author.CardSubmit(CardForm.Submission(preview, PlanDraftActions.SubmitVerb))));
    }

    private static PlanVersion RevisionRequired() =>
        Published(new PlanPublication(PlanScope.Members, DateTimeOffset.UtcNow.AddDays(-10), Today.AddDays(-3), DateTimeOffset.UtcNow.AddDays(-3))) with { Status = PlanStatus.RevisionRequired };

    /// <summary>Version 1 of 计算机学院党委's plan (the <see cref="CompleteDraft"/>'s items, by 黄磊) published for supervision as given.</summary>
    internal static PlanVersion Published(PlanPublication publication) => new()
    {
        UnitCode = DemoRoster.ComputingCommittee,
        Version = 1,
        AuthorNumber = "200001",
        ParentUnitCode = DemoRoster.University,
        Items = PlanCheck.Items(CompleteDraft()),
        Publication = publication,
        Status = PlanStatus.PublishedForSupervision,
    };

    /// <summary>计算机学院党委's draft, ready to submit: one step-by-step item (实验室开放时间不足) with its explanation, 何军 responsible.</summary>
    internal static PlanDraft CompleteDraft() => new()
    {
        UnitCode = DemoRoster.ComputingCommittee,
        AuthorNumber = "200001",
        EditedByNumber = "200001",
        Items =
        [
            new PlanItemDraft
            {
                Problem = "实验室开放时间不足",
                AreaCode = "campus",
                Handling = PlanHandling.StepByStep,
                Deadline = Today.AddDays(60),
                Explanation = "经费需下一年度安排",
                Milestones = [new Core.Measures.Milestone(Today.AddDays(20), "完成调研")],
                ResponsibleUnitCode = DemoRoster.ComputingCommittee,
                ResponsiblePersonNumber = "200002",
                Goals = [PlanGoal.ServingThePeople],
            },
        ],
        Step = null,
        StartedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
