using RectifyBot.Core.Ledger;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Testing.Storage;
using static RectifyBot.Storage.Tests.Plans.PlanWorld;

namespace RectifyBot.Storage.Tests.Plans;

/// <summary>
/// A unit's plan from draft to the end of its feedback window, on Azurite: publication checks its input on the server,
/// only the unit's leaders or the office act, and the majority rule decides what follows the window.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanPublicationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Publishing_a_draft_makes_version_1_published_for_supervision_records_who_and_consumes_the_draft()
    {
        var world = await CreateAsync(azurite);

        var outcome = await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"), Item("食堂排队时间长", PlanHandling.StepByStep));

        var stored = await world.Repository.LoadAsync("JSJ");
        var version = Assert.Single(stored.Versions);
        Assert.Equal(1, version.Version);
        Assert.Equal(PlanStatus.PublishedForSupervision, version.Status);
        Assert.Equal("U", version.ParentUnitCode);
        Assert.Equal(陈院长.Number, version.AuthorNumber);
        Assert.Equal(["实验室开放时间不足", "食堂排队时间长"], version.Items.Select(i => i.Problem));
        Assert.Equal("完成调研", Assert.Single(version.Items[1].Milestones).Description);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero), version.Publication.ClosesAt);
        var published = Assert.Single(stored.History);
        Assert.Equal((PlanEventKind.Published, 陈院长.Number, Start), (published.Kind, published.ByNumber, published.At));
        Assert.Null(await world.Repository.FindDraftAsync("JSJ"));
        Assert.Equal(PlanStatus.PublishedForSupervision, outcome.Plan!.Latest!.Status);
    }

    [Fact]
    public async Task Publishing_a_plan_with_no_items_is_refused_and_nothing_is_written()
    {
        var world = await CreateAsync(azurite);
        await world.DraftAsync("JSJ", 陈院长, PlanItemDraft.Empty);

        var outcome = await world.Actions.PublishAsync(陈院长, "JSJ", PlanScope.Members, Today.AddDays(7));

        Assert.Equal(PlanActionResult.Invalid, outcome.Result);
        Assert.Equal(new PlanProblem(null, PlanField.Items, PlanProblemKind.NoItems), Assert.Single(outcome.Problems!));
        Assert.Empty((await world.Repository.LoadAsync("JSJ")).Versions);
        Assert.NotNull(await world.Repository.FindDraftAsync("JSJ"));
    }

    [Fact]
    public async Task A_feedback_window_ending_in_the_past_is_refused()
    {
        var world = await CreateAsync(azurite);
        await world.DraftAsync("JSJ", 陈院长, Item("实验室开放时间不足"));

        var outcome = await world.Actions.PublishAsync(陈院长, "JSJ", PlanScope.Members, Today.AddDays(-1));

        Assert.Equal(PlanActionResult.Invalid, outcome.Result);
        Assert.Equal(new PlanProblem(null, PlanField.WindowEnd, PlanProblemKind.WindowInPast), Assert.Single(outcome.Problems!));
        Assert.Empty((await world.Repository.LoadAsync("JSJ")).Versions);
    }

    [Fact]
    public async Task A_responsible_person_outside_the_unit_is_refused_next_to_the_item()
    {
        var world = await CreateAsync(azurite);
        await world.DraftAsync("JSJ", 陈院长, Item("实验室开放时间不足"), Item("外语学院的人负责", responsible: 吴书记.Number));

        var outcome = await world.Actions.PublishAsync(陈院长, "JSJ", PlanScope.Members, Today.AddDays(7));

        Assert.Equal(PlanActionResult.Invalid, outcome.Result);
        Assert.Equal(new PlanProblem(1, PlanField.ResponsiblePerson, PlanProblemKind.PersonOutsideUnit), Assert.Single(outcome.Problems!));
    }

    [Fact]
    public async Task Only_the_units_leaders_or_the_office_may_publish_its_plan()
    {
        var world = await CreateAsync(azurite);
        await world.DraftAsync("JSJ", 陈院长, Item("实验室开放时间不足"));

        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.PublishAsync(周老师, "JSJ", PlanScope.Members, Today)).Result);
        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.PublishAsync(吴书记, "JSJ", PlanScope.Members, Today)).Result);
        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.PublishAsync(孙支书, "JSJ", PlanScope.Members, Today)).Result);
        Assert.Empty((await world.Repository.LoadAsync("JSJ")).Versions);

        Assert.Equal(PlanActionResult.Done, (await world.Actions.PublishAsync(钱办, "JSJ", PlanScope.Members, Today)).Result);
        Assert.Equal(钱办.Number, (await world.Repository.LoadAsync("JSJ")).Latest!.AuthorNumber);
    }

    [Fact]
    public async Task A_plan_under_supervision_cannot_be_published_again()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"));
        await world.DraftAsync("JSJ", 陈院长, Item("再发一次"));

        Assert.Equal(PlanActionResult.NotAwaitingThis, (await world.Actions.PublishAsync(陈院长, "JSJ", PlanScope.Members, Today)).Result);
    }

    [Fact]
    public async Task The_window_is_not_closed_before_the_end_of_its_last_day_in_China_time()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"));
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 15, 59, 0, TimeSpan.Zero));

        Assert.Equal(0, await world.Actions.CloseDueWindowsAsync());
        Assert.Equal(PlanActionResult.NotAwaitingThis, (await world.Actions.CloseWindowAsync("JSJ", 1)).Result);

        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await world.Actions.CloseDueWindowsAsync());
        Assert.NotEqual(PlanStatus.PublishedForSupervision, (await world.Repository.LoadAsync("JSJ")).Latest!.Status);
    }

    [Fact]
    public async Task Most_dissatisfied_requires_a_revision_and_the_author_receives_the_opinions()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"));

        var outcome = await world.ClosedAsync("JSJ", new FeedbackCounts(20, 2, 1, 4, 9), "措施不具体", "时限太长");

        Assert.Equal(PlanActionResult.Done, outcome.Result);
        var version = (await world.Repository.LoadAsync("JSJ")).Latest!;
        Assert.Equal(PlanStatus.RevisionRequired, version.Status);
        Assert.Equal(MajorityVerdict.MostDissatisfied, version.Decision!.Verdict);
        Assert.Equal(new FeedbackCounts(20, 2, 1, 4, 9), version.Decision.Counts);
        var notice = Assert.Single(await world.NoticesAsync("JSJ"));
        Assert.Equal("aad-0100", notice.GetString("RecipientAadObjectId"));
        Assert.Equal("RevisionToAuthor: 措施不具体 / 时限太长", notice.GetString("Text0"));
        Assert.Contains(world.Queue.Enqueued, id => id.RowKey == notice.RowKey);
        var revision = (await world.Repository.LoadAsync("JSJ")).History[^1];
        Assert.Equal((PlanEventKind.RevisionRequired, PlanEvent.System), (revision.Kind, revision.ByNumber));
    }

    [Fact]
    public async Task The_revised_plan_is_published_again_as_the_next_version()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"));
        await world.ClosedAsync("JSJ", new FeedbackCounts(10, 1, 1, 5, 0));
        await world.DraftAsync("JSJ", 刘副院长, Item("实验室开放时间不足，周末也开放"));

        var outcome = await world.Actions.PublishAsync(刘副院长, "JSJ", PlanScope.Staff, new DateOnly(2026, 12, 5));

        Assert.Equal(PlanActionResult.Done, outcome.Result);
        var plan = await world.Repository.LoadAsync("JSJ");
        Assert.Equal([PlanStatus.RevisionRequired, PlanStatus.PublishedForSupervision], plan.Versions.Select(v => v.Status));
        Assert.Equal("实验室开放时间不足", plan.Versions[0].Items[0].Problem);
        Assert.Equal("实验室开放时间不足，周末也开放", plan.Versions[1].Items[0].Problem);
        Assert.Equal(PlanScope.Staff, plan.Versions[1].Publication.Scope);
    }

    [Fact]
    public async Task The_quorum_counts_everyone_the_scope_reached()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"));

        await world.ClosedAsync("JSJ", FeedbackCounts.None(0));

        // Everyone under 计算机学院党委 with a Party unit or post there: 陈院长, 刘副院长, 孙支书, 周老师.
        Assert.Equal(4, world.Feedback.AskedSeen);
    }

    [Fact]
    public async Task An_insufficient_response_goes_to_the_office_which_accepts_or_requires_a_revision_with_a_comment()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"));

        await world.ClosedAsync("JSJ", new FeedbackCounts(100, 3, 1, 0, 20));

        var waiting = (await world.Repository.LoadAsync("JSJ")).Latest!;
        Assert.Equal(PlanStatus.AwaitingOfficeDecision, waiting.Status);
        Assert.Equal(MajorityVerdict.InsufficientResponse, waiting.Decision!.Verdict);
        Assert.Equal(["aad-0900"], (await world.NoticesAsync("JSJ")).Select(n => n.GetString("RecipientAadObjectId")));

        Assert.Equal(PlanActionResult.NotAllowed, (await world.Actions.DecideAsync(陈院长, "JSJ", 1, accept: true, null)).Result);
        Assert.Equal(PlanActionResult.CommentRequired, (await world.Actions.DecideAsync(钱办, "JSJ", 1, accept: false, " ")).Result);
        var decided = await world.Actions.DecideAsync(钱办, "JSJ", 1, accept: false, "请补充具体措施");

        Assert.Equal(PlanActionResult.Done, decided.Result);
        var version = (await world.Repository.LoadAsync("JSJ")).Latest!;
        Assert.Equal(PlanStatus.RevisionRequired, version.Status);
        Assert.Equal((钱办.Number, "请补充具体措施"), (version.Decision!.OfficeNumber, version.Decision.OfficeComment));
        var last = (await world.Repository.LoadAsync("JSJ")).History[^1];
        Assert.Equal((PlanEventKind.OfficeRequiredRevision, 钱办.Number, "请补充具体措施"), (last.Kind, last.ByNumber, last.Detail));
        Assert.Equal(PlanActionResult.AlreadyDone, (await world.Actions.DecideAsync(钱办, "JSJ", 1, accept: false, "请补充具体措施")).Result);
    }

    [Fact]
    public async Task An_accepted_plans_items_become_ledger_entries_owned_by_the_responsible_person_escalating_to_the_author()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ-1", 孙支书, Item("组织生活不规范", responsible: 周老师.Number), Item("跨学院的实验室共享", PlanHandling.UpperCoordination, 孙支书.Number));

        await world.ClosedAsync("JSJ-1", new FeedbackCounts(4, 3, 1, 1, 0));

        var plan = await world.Repository.LoadAsync("JSJ-1");
        Assert.Equal(PlanStatus.Accepted, plan.Latest!.Status);
        Assert.Equal(MajorityVerdict.NotDissatisfied, plan.Latest.Decision!.Verdict);
        Assert.Equal(2, plan.Entries.Count);
        var entry = plan.Entries[0];
        Assert.Equal((LedgerSource.PlanItem, 周老师.Number, 孙支书.Number, "JSJ-1", "teaching"), (entry.Source, entry.OwnerNumber, entry.ApprovedByNumber, entry.UnitCode, entry.PlanArea));
        Assert.Equal(PlanEntries.EntryId("JSJ-1", 1, 0), entry.Id);
        var coordination = Assert.Single(plan.Coordinations);
        Assert.Equal(("JSJ", 1, null as string), (coordination.ParentUnitCode, coordination.Item, coordination.OwnerNumber));
        Assert.Contains(await world.NoticesAsync("JSJ-1"), n => n.GetString("Text0") == "AcceptedToAuthor" && n.GetString("RecipientAadObjectId") == "aad-0102");
    }
}
