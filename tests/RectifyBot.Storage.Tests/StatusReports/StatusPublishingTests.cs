using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.StatusReports;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Ledger;
using RectifyBot.Storage.StatusReports;
using RectifyBot.Testing.Storage;
using static RectifyBot.Storage.Tests.Plans.PlanWorld;

namespace RectifyBot.Storage.Tests.StatusReports;

/// <summary>
/// 公布整改情况 on Azurite (DOMAIN.md §5): a unit's leaders or the office publish a summary generated from the unit's
/// ledger to a scope for a feedback window, like a plan's publication; bad input is refused with nothing written, and
/// when the window has closed the majority rule decides. 计算机学院党委's plan (two items, one 逐步解决 with its
/// explanation) is accepted first, so its ledger has entries; 外语学院党总支 has none.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatusPublishingTests(AzuriteFixture azurite)
{
    /// <summary>The day the plan's window closed (2026-11-29 00:00 CST) and the status is published.</summary>
    private static readonly DateOnly PublishDay = new(2026, 11, 29);

    [Fact]
    public async Task Publishing_the_status_summarises_the_units_ledger_and_opens_a_window_for_the_chosen_scope()
    {
        var (world, status, reports) = await AcceptedAsync();

        var outcome = await status.PublishAsync(陈院长, "JSJ", PlanScope.Members, PublishDay.AddDays(3));

        Assert.Equal(StatusPublishResult.Done, outcome.Result);
        var report = Assert.Single(await reports.ListAsync("JSJ"));
        Assert.Equal((1, 陈院长.Number, StatusReportStatus.Published), (report.Number, report.AuthorNumber, report.Status));
        Assert.Equal((2, 0, 0, 0), (report.Summary.InProgress, report.Summary.Overdue, report.Summary.DoneOnTime, report.Summary.DoneLate));
        var explained = Assert.Single(report.Summary.Explained);
        Assert.Equal(("食堂排队时间长", "经费需下一年度安排，分步解决", Today.AddDays(30)), (explained.Problem, explained.Explanation, explained.Deadline));
        Assert.Equal(PlanScope.Members, report.Publication.Scope);
        Assert.Equal(world.Time.GetUtcNow(), report.Publication.PublishedAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.Zero), report.Publication.ClosesAt);
        Assert.Null(report.Decision);
    }

    [Fact]
    public async Task A_unit_with_nothing_in_its_ledger_is_told_so_and_nothing_is_written()
    {
        var (_, status, reports) = await AcceptedAsync();

        var outcome = await status.PublishAsync(吴书记, "WY", PlanScope.Everyone, PublishDay.AddDays(3));

        Assert.Equal(StatusPublishResult.NothingInLedger, outcome.Result);
        Assert.Empty(await reports.ListAsync("WY"));
    }

    [Fact]
    public async Task A_window_ending_in_the_past_or_no_scope_is_refused_next_to_the_field_and_nothing_is_written()
    {
        var (_, status, reports) = await AcceptedAsync();

        var past = await status.PublishAsync(陈院长, "JSJ", PlanScope.Members, PublishDay.AddDays(-1));
        var noScope = await status.PublishAsync(陈院长, "JSJ", null, PublishDay.AddDays(PlanLimits.WindowDays + 1));

        Assert.Equal(StatusPublishResult.Invalid, past.Result);
        Assert.Equal(new PlanProblem(null, PlanField.WindowEnd, PlanProblemKind.WindowInPast), Assert.Single(past.Problems!));
        Assert.Equal(
            [new PlanProblem(null, PlanField.Scope, PlanProblemKind.Required), new PlanProblem(null, PlanField.WindowEnd, PlanProblemKind.WindowTooLong)],
            noScope.Problems!);
        Assert.Empty(await reports.ListAsync("JSJ"));
    }

    [Fact]
    public async Task Only_the_units_leaders_or_the_office_may_publish_its_status()
    {
        var (_, status, reports) = await AcceptedAsync();

        Assert.Equal(StatusPublishResult.NotAllowed, (await status.PublishAsync(周老师, "JSJ", PlanScope.Members, PublishDay)).Result);
        Assert.Equal(StatusPublishResult.NotAllowed, (await status.PublishAsync(吴书记, "JSJ", PlanScope.Members, PublishDay)).Result);
        Assert.Equal(StatusPublishResult.NotFound, (await status.PublishAsync(钱办, "NOPE", PlanScope.Members, PublishDay)).Result);
        Assert.Empty(await reports.ListAsync("JSJ"));

        Assert.Equal(StatusPublishResult.Done, (await status.PublishAsync(钱办, "JSJ", PlanScope.Members, PublishDay)).Result);
        Assert.Equal(钱办.Number, Assert.Single(await reports.ListAsync("JSJ")).AuthorNumber);
    }

    [Fact]
    public async Task The_status_is_published_again_only_after_its_window_has_closed()
    {
        var (world, status, reports) = await AcceptedAsync();
        Assert.Equal(StatusPublishResult.Done, (await status.PublishAsync(陈院长, "JSJ", PlanScope.Everyone, PublishDay)).Result);

        Assert.Equal(StatusPublishResult.AlreadyOpen, (await status.PublishAsync(刘副院长, "JSJ", PlanScope.Everyone, PublishDay.AddDays(5))).Result);
        Assert.Equal(StatusPublishResult.NotAwaitingThis, (await status.CloseWindowAsync("JSJ", 1)).Result);

        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await status.CloseDueWindowsAsync());
        Assert.Equal(StatusPublishResult.Done, (await status.PublishAsync(刘副院长, "JSJ", PlanScope.Everyone, PublishDay.AddDays(5))).Result);

        Assert.Equal([1, 2], (await reports.ListAsync("JSJ")).Select(r => r.Number));
    }

    [Theory]
    [InlineData(2, 2, 6, 0, StatusReportStatus.Dissatisfied)]
    [InlineData(3, 2, 5, 0, StatusReportStatus.Satisfactory)]
    [InlineData(1, 1, 2, 9, StatusReportStatus.InsufficientResponse)]
    [InlineData(0, 0, 0, 0, StatusReportStatus.InsufficientResponse)]
    [InlineData(0, 0, 0, 12, StatusReportStatus.InsufficientResponse)]
    [InlineData(5, 0, 0, 0, StatusReportStatus.Satisfactory)]
    public async Task When_the_window_closes_the_majority_rule_decides(int satisfied, int basically, int dissatisfied, int doNotKnow, StatusReportStatus expected)
    {
        var (world, status, reports) = await AcceptedAsync();
        Assert.Equal(StatusPublishResult.Done, (await status.PublishAsync(陈院长, "JSJ", PlanScope.Everyone, PublishDay)).Result);
        var counts = new FeedbackCounts(4, satisfied, basically, dissatisfied, doNotKnow);
        world.Feedback.Window = new PlanFeedbackWindow(counts, ["希望公布完成时间"]);
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero));

        var outcome = await status.CloseWindowAsync("JSJ", 1);

        Assert.Equal(StatusPublishResult.Done, outcome.Result);
        Assert.Equal(FeedbackSubject.StatusReport("JSJ", 1), world.Feedback.SubjectSeen);
        Assert.Equal(4, world.Feedback.AskedSeen);
        var stored = Assert.Single(await reports.ListAsync("JSJ"));
        Assert.Equal(expected, stored.Status);
        Assert.Equal(counts, stored.Decision!.Counts);
        Assert.Equal(world.Time.GetUtcNow(), stored.Decision.At);
        Assert.Equal(StatusPublishResult.NotAwaitingThis, (await status.CloseWindowAsync("JSJ", 1)).Result);

        // The publisher and the unit's leaders are told, the office too unless most were satisfied: outbox rows written with the decision, then enqueued.
        string[] told = expected == StatusReportStatus.Satisfactory ? [陈院长.Number, 刘副院长.Number] : [陈院长.Number, 刘副院长.Number, 钱办.Number];
        var table = await world.Tables.GetTableAsync(TableStatusReportRepository.TableName);
        var rows = await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"JSJ"} and Kind eq {"Outbox"}")).ToListAsync();
        Assert.Equal(told.Select(n => $"notice|r0001|{n}").Order(), rows.Select(r => r.RowKey).Order());
        Assert.All(rows, r => Assert.Equal(expected + ": 希望公布完成时间", OutboxEntities.FromEntity(TableStatusReportRepository.TableName, r).Message.Text));
        Assert.Equal(rows.Select(r => r.RowKey).Order(), world.Queue.Enqueued.Where(id => id.Table == TableStatusReportRepository.TableName).Select(id => id.RowKey).Order());
    }

    /// <summary>计算机学院党委's plan published and accepted (its window closed 2026-11-29 00:00 CST, most satisfied); the status publishing wired on the same tables.</summary>
    private async Task<(Plans.PlanWorld World, StatusPublishing Status, TableStatusReportRepository Reports)> AcceptedAsync()
    {
        var world = await CreateAsync(azurite);
        await world.PublishedAsync("JSJ", 陈院长, Item("实验室开放时间不足"), Item("食堂排队时间长", PlanHandling.StepByStep));
        Assert.Equal(PlanActionResult.Done, (await world.ClosedAsync("JSJ", new FeedbackCounts(4, 5, 0, 0, 0))).Result);
        Assert.Equal(PlanStatus.Accepted, (await world.Repository.LoadAsync("JSJ")).Latest!.Status);
        var reports = new TableStatusReportRepository(world.Tables);
        var ledger = new LedgerQuery(world.Rosters, new TableLedgerReader(world.Tables), world.Time);
        var publishing = new StatusPublishing(reports, world.Repository, ledger, world.Rosters, world.Feedback, new StatusAsText(), world.Queue, world.Time, NullLogger<StatusPublishing>.Instance);
        return (world, publishing, reports);
    }

    /// <summary>Renders a notice as its outcome's name and the opinions, so the rows show what each recipient was told.</summary>
    internal sealed class StatusAsText : IStatusNotices
    {
        public Task<OutgoingMessage> RenderAsync(StatusNotice notice, CancellationToken cancellationToken = default) =>
            Task.FromResult(OutgoingMessage.PlainText(notice.Report.Status + (notice.Opinions.Count == 0 ? "" : ": " + string.Join(" / ", notice.Opinions))));
    }
}
