using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Testing.Storage;
using static RectifyBot.Storage.Tests.Plans.PlanWorld;

namespace RectifyBot.Storage.Tests.Plans;

/// <summary>
/// Filing (备案) on Azurite: an accepted plan is filed with the parent unit, whose leaders get a copy to acknowledge;
/// the parent sees its child units' plans and takes ownership of items sent up for coordination.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanFilingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_accepted_branch_plan_is_filed_with_its_committee_whose_leaders_each_get_a_copy()
    {
        var world = await AcceptedBranchPlanAsync();

        var outcome = await world.Actions.FileAsync(孙支书, "JSJ-1");

        Assert.Equal(PlanActionResult.Done, outcome.Result);
        var version = (await world.Repository.LoadAsync("JSJ-1")).Latest!;
        Assert.Equal((PlanStatus.Filed, 孙支书.Number, (DateTimeOffset?)world.Time.GetUtcNow()), (version.Status, version.FiledByNumber, version.FiledAt));
        var copies = (await world.NoticesAsync("JSJ-1")).Where(n => n.RowKey.Contains("|FilingCopy|", StringComparison.Ordinal)).ToList();
        Assert.Equal(["aad-0100", "aad-0101"], copies.Select(c => c.GetString("RecipientAadObjectId")).Order());
        var filed = (await world.Repository.LoadAsync("JSJ-1")).History[^1];
        Assert.Equal((PlanEventKind.Filed, 孙支书.Number, "JSJ"), (filed.Kind, filed.ByNumber, filed.Detail));
        Assert.Equal(PlanActionResult.AlreadyDone, (await world.Actions.FileAsync(孙支书, "JSJ-1")).Result);
    }

    [Fact]
    public async Task A_plan_is_filed_only_once_accepted()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ-1", 孙支书, Item("组织生活不规范"));

        Assert.Equal(PlanActionResult.NotAwaitingThis, (await world.Actions.FileAsync(孙支书, "JSJ-1")).Result);
        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.FileAsync(周老师, "JSJ-1")).Result);
    }

    [Fact]
    public async Task Only_a_leader_of_the_parent_acknowledges_and_the_other_copies_are_closed_and_the_author_told()
    {
        var world = await AcceptedBranchPlanAsync();
        await world.Actions.FileAsync(孙支书, "JSJ-1");

        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.AcknowledgeAsync(孙支书, "JSJ-1", 1)).Result);
        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.AcknowledgeAsync(吴书记, "JSJ-1", 1)).Result);
        var outcome = await world.Actions.AcknowledgeAsync(刘副院长, "JSJ-1", 1);

        Assert.Equal(PlanActionResult.Done, outcome.Result);
        var version = (await world.Repository.LoadAsync("JSJ-1")).Latest!;
        Assert.Equal((PlanStatus.Acknowledged, 刘副院长.Number), (version.Status, version.AcknowledgedByNumber));
        var notices = await world.NoticesAsync("JSJ-1");
        var closed = notices.Where(n => n.RowKey.Contains("|closed-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, closed.Count);
        Assert.All(closed, c => Assert.StartsWith(PlanNoticeKey(1, "FilingCopy"), c.GetString("ReplacesRowKey"), StringComparison.Ordinal));
        Assert.Contains(notices, n => n.GetString("Text0") == "AcknowledgedToAuthor" && n.GetString("RecipientAadObjectId") == "aad-0102");
        Assert.Equal(PlanActionResult.AlreadyDone, (await world.Actions.AcknowledgeAsync(陈院长, "JSJ-1", 1)).Result);
    }

    [Fact]
    public async Task A_committees_plan_is_filed_with_the_university_committee_where_the_office_acknowledges()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"));
        await world.ClosedAsync("JSJ", new FeedbackCounts(4, 5, 0, 0, 0));

        await world.Actions.FileAsync(陈院长, "JSJ");

        Assert.Equal(["aad-0900"], (await world.NoticesAsync("JSJ")).Where(n => n.RowKey.Contains("|FilingCopy|", StringComparison.Ordinal)).Select(n => n.GetString("RecipientAadObjectId")));
        Assert.Equal(PlanActionResult.Done, (await world.Actions.AcknowledgeAsync(钱办, "JSJ", 1)).Result);
    }

    [Fact]
    public async Task The_parent_sees_every_child_units_latest_plan_and_its_status()
    {
        var world = await AcceptedBranchPlanAsync();
        await world.Actions.FileAsync(孙支书, "JSJ-1");
        await world.DraftAsync("JSJ", 陈院长, Item("实验室开放时间不足"));
        await world.Actions.PublishAsync(陈院长, "JSJ", PlanScope.Members, new DateOnly(2026, 12, 10));

        var children = new List<PlanVersion>();
        await foreach (var version in world.Repository.ListChildPlansAsync("JSJ"))
        {
            children.Add(version);
        }

        var child = Assert.Single(children);
        Assert.Equal(("JSJ-1", PlanStatus.Filed), (child.UnitCode, child.Status));
    }

    [Fact]
    public async Task An_item_sent_up_for_coordination_lands_in_the_parents_queue_where_one_leader_takes_ownership()
    {
        var world = await AcceptedBranchPlanAsync(Item("跨学院的实验室共享", PlanHandling.UpperCoordination, 孙支书.Number));

        var queue = new List<PlanCoordination>();
        await foreach (var coordination in world.Repository.ListCoordinationsAsync("JSJ"))
        {
            queue.Add(coordination);
        }

        var waiting = Assert.Single(queue);
        Assert.Equal(("JSJ-1", "跨学院的实验室共享", null as string), (waiting.UnitCode, waiting.Problem, waiting.OwnerNumber));
        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.TakeCoordinationAsync(吴书记, "JSJ-1", 1, 0)).Result);
        Assert.Equal(PlanActionResult.Done, (await world.Actions.TakeCoordinationAsync(刘副院长, "JSJ-1", 1, 0)).Result);
        Assert.Equal(PlanActionResult.AlreadyTaken, (await world.Actions.TakeCoordinationAsync(陈院长, "JSJ-1", 1, 0)).Result);
        var plan = await world.Repository.LoadAsync("JSJ-1");
        Assert.Equal(刘副院长.Number, Assert.Single(plan.Coordinations).OwnerNumber);
        Assert.Equal((PlanEventKind.CoordinationTaken, 刘副院长.Number, (int?)0), (plan.History[^1].Kind, plan.History[^1].ByNumber, plan.History[^1].Item));
    }

    [Fact]
    public async Task Every_transition_is_kept_with_who_and_when()
    {
        var world = await AcceptedBranchPlanAsync();
        world.Time.Advance(TimeSpan.FromHours(1));
        await world.Actions.FileAsync(孙支书, "JSJ-1");
        world.Time.Advance(TimeSpan.FromHours(1));
        await world.Actions.AcknowledgeAsync(陈院长, "JSJ-1", 1);

        var history = (await world.Repository.LoadAsync("JSJ-1")).History;

        Assert.Equal(
            [(PlanEventKind.Published, 孙支书.Number), (PlanEventKind.Accepted, PlanEvent.System), (PlanEventKind.Filed, 孙支书.Number), (PlanEventKind.Acknowledged, 陈院长.Number)],
            history.Select(e => (e.Kind, e.ByNumber)));
        Assert.Equal(history.Select(e => e.At).Order(), history.Select(e => e.At));
    }

    private static string PlanNoticeKey(int version, string kind) => $"notice|v{version:D4}|{kind}|";

    private async Task<PlanWorld> AcceptedBranchPlanAsync(params PlanItemDraft[] items)
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ-1", 孙支书, items.Length == 0 ? [Item("组织生活不规范")] : items);
        await world.ClosedAsync("JSJ-1", new FeedbackCounts(4, 4, 1, 0, 0));
        return world;
    }
}
