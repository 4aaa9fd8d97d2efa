using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.StatusReports;
using RectifyBot.Functions.Plans;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Plans;

/// <summary>
/// The daily run closes the feedback windows of plans and of published status reports (公布整改情况) that have ended,
/// and opens those still open that were never opened, wired as the Functions host wires it, on Azurite.
/// Nobody answers here, so the office decides.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClosePlanWindowsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = FunctionsServices.Create(azurite);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task An_ended_window_goes_to_the_office_and_a_window_still_open_is_left_alone()
    {
        await _services.GetRequiredService<IRosterRepository>().SaveNewVersionAsync(DemoRoster.Create(), "100020", "demo", DateTimeOffset.UtcNow);
        var plans = _services.GetRequiredService<IPlanRepository>();
        await plans.SaveAsync(Published(DemoRoster.ComputingCommittee, DateTimeOffset.UtcNow.AddMinutes(-1)));
        await plans.SaveAsync(Published(DemoRoster.LettersCommittee, DateTimeOffset.UtcNow.AddDays(1)));

        await ActivatorUtilities.CreateInstance<ClosePlanWindows>(_services).RunAsync(new TimerInfo(), CancellationToken.None);

        var ended = (await plans.LoadAsync(DemoRoster.ComputingCommittee)).Latest!;
        Assert.Equal(PlanStatus.AwaitingOfficeDecision, ended.Status);
        Assert.Equal(MajorityVerdict.InsufficientResponse, ended.Decision!.Verdict);
        Assert.Equal(PlanStatus.PublishedForSupervision, (await plans.LoadAsync(DemoRoster.LettersCommittee)).Latest!.Status);
    }

    [Fact]
    public async Task An_ended_status_report_window_is_closed_by_the_same_run_and_one_still_open_is_left_alone()
    {
        var rosters = _services.GetRequiredService<IRosterRepository>();
        await rosters.SaveNewVersionAsync(DemoRoster.Create(), "100020", "demo", DateTimeOffset.UtcNow);
        await rosters.BindAsync("200001", "aad-200001");
        await rosters.BindAsync("100020", "aad-100020");
        var reports = _services.GetRequiredService<IStatusReportRepository>();
        Assert.True(await reports.AddAsync(Status(DemoRoster.ComputingCommittee, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.True(await reports.AddAsync(Status(DemoRoster.LettersCommittee, DateTimeOffset.UtcNow.AddDays(1))));

        await ActivatorUtilities.CreateInstance<ClosePlanWindows>(_services).RunAsync(new TimerInfo(), CancellationToken.None);

        var ended = Assert.Single(await reports.ListAsync(DemoRoster.ComputingCommittee));
        Assert.Equal(StatusReportStatus.InsufficientResponse, ended.Status);
        Assert.Equal(MajorityVerdict.InsufficientResponse, ended.Decision!.Verdict);
        Assert.Equal(StatusReportStatus.Published, Assert.Single(await reports.ListAsync(DemoRoster.LettersCommittee)).Status);

        // 黄磊 published it and leads the unit; 王芳 is the office, which decides after too few answers: both are told.
        var outbox = _services.GetRequiredService<IOutbox>();
        foreach (var number in new[] { "200001", "100020" })
        {
            var notice = await outbox.FindAsync(new OutboxMessageId(StatusPublishing.Table, DemoRoster.ComputingCommittee, $"notice|r0001|{number}"));
            Assert.Equal("aad-" + number, notice!.RecipientAadObjectId);
            Assert.Contains("计算机学院党委", notice.Message.CardJson, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Windows_still_open_that_were_never_opened_are_opened_once_for_a_plan_and_a_status_report()
    {
        await _services.GetRequiredService<IRosterRepository>().SaveNewVersionAsync(DemoRoster.Create(), "100020", "demo", DateTimeOffset.UtcNow);
        Assert.True(await _services.GetRequiredService<IPlanRepository>().SaveAsync(Published(DemoRoster.ComputingCommittee, DateTimeOffset.UtcNow.AddDays(1))));
        Assert.True(await _services.GetRequiredService<IStatusReportRepository>().AddAsync(Status(DemoRoster.LettersCommittee, DateTimeOffset.UtcNow.AddDays(1))));
        var run = ActivatorUtilities.CreateInstance<ClosePlanWindows>(_services);

        await run.RunAsync(new TimerInfo(), CancellationToken.None);
        await run.RunAsync(new TimerInfo(), CancellationToken.None);

        var surveys = _services.GetRequiredService<Core.Surveys.ISurveyRepository>();
        var plan = (await surveys.FindAsync(FeedbackSubject.Plan(DemoRoster.ComputingCommittee, 1).SurveyId))!;
        var status = (await surveys.FindAsync(FeedbackSubject.StatusReport(DemoRoster.LettersCommittee, 1).SurveyId))!;
        Assert.Equal(FeedbackSubject.Plan(DemoRoster.ComputingCommittee, 1), plan.Subject);
        Assert.Equal(FeedbackSubject.StatusReport(DemoRoster.LettersCommittee, 1), status.Subject);
        Assert.Equal(PlanAudience.For(PlanScope.Everyone, DemoRoster.ComputingCommittee, DemoRoster.Create()).Count, plan.TotalAsked);
        Assert.Equal(PlanAudience.For(PlanScope.Members, DemoRoster.LettersCommittee, DemoRoster.Create()).Count, status.TotalAsked);
        Assert.Equal(PlanAudience.For(PlanScope.Everyone, DemoRoster.ComputingCommittee, DemoRoster.Create()).Count, (await surveys.ParticipantsAsync(plan.Id)).Count);
    }

    private static StatusReport Status(string unit, DateTimeOffset closesAt) => new()
    {
        UnitCode = unit,
        Number = 1,
        AuthorNumber = "200001",
        Summary = new StatusSummary(3, 1, 5, 0, []),
        Publication = new PlanPublication(PlanScope.Members, closesAt.AddDays(-7), DateOnly.FromDateTime(closesAt.UtcDateTime), closesAt),
        Status = StatusReportStatus.Published,
    };

    private static PlanChange Published(string unit, DateTimeOffset closesAt) => new()
    {
        UnitCode = unit,
        Version = new PlanVersion
        {
            UnitCode = unit,
            Version = 1,
            AuthorNumber = "200001",
            ParentUnitCode = DemoRoster.University,
            Items =
            [
                new PlanItem
                {
                    Problem = "实验室开放时间不足",
                    AreaCode = "teaching",
                    Handling = PlanHandling.FixNow,
                    Deadline = new DateOnly(2027, 1, 15),
                    ResponsibleUnitCode = unit,
                    ResponsiblePersonNumber = "200002",
                    Goals = [PlanGoal.ServingThePeople],
                },
            ],
            Publication = new PlanPublication(PlanScope.Everyone, closesAt.AddDays(-7), DateOnly.FromDateTime(closesAt.UtcDateTime), closesAt),
            Status = PlanStatus.PublishedForSupervision,
        },
    };
}
