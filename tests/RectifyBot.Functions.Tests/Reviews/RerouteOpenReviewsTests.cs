using Microsoft.Extensions.DependencyInjection;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Functions.Reviews;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Reviews;

/// <summary>
/// The daily re-route catches an import whose process died between switching the roster and re-routing: the open
/// submission still names a reviewer the roster in force no longer has. Wired as the Functions host wires it, on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RerouteOpenReviewsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ZhangWei = "200022";
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = FunctionsServices.Create(azurite);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_reviewer_left_in_place_by_a_crashed_import_is_rerouted_by_the_daily_run_as_the_importer()
    {
        var rosters = _services.GetRequiredService<IRosterRepository>();
        var measures = _services.GetRequiredService<IMeasureRepository>();
        var demo = DemoRoster.Create();
        await rosters.SaveNewVersionAsync(demo, "100020", "demo", DateTimeOffset.UtcNow);
        await measures.SaveAsync(Submitted(demo));

        // The switch happened, the re-route did not: 陈静 left the branch committee.
        var changed = new Core.Roster.Roster(demo.Units, [.. demo.People.Select(p => p.Number == "200021" ? p with { Positions = [] } : p)]);
        await rosters.SaveNewVersionAsync(changed, "100021", "import: 陈静 leaves the committee", DateTimeOffset.UtcNow);

        var function = ActivatorUtilities.CreateInstance<RerouteOpenReviews>(_services);
        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        await function.RunAsync(new TimerInfo(), CancellationToken.None);

        var after = await measures.LoadAsync(ZhangWei);
        Assert.Equal(["200020"], after.Latest!.Reviewers);
        var rerouted = Assert.Single(after.History, e => e.Kind == MeasureEventKind.Rerouted);
        Assert.Equal("100021", rerouted.ByNumber);
    }

    private static MeasureChange Submitted(Core.Roster.Roster roster)
    {
        var author = roster.Person(ZhangWei)!;
        var route = ReviewRouter.RouteFor(author, roster);
        Assert.Equal(["200020", "200021"], route.Reviewers.Order(StringComparer.Ordinal));
        var at = DateTimeOffset.UtcNow;
        return new MeasureChange
        {
            AuthorNumber = ZhangWei,
            Version = new SubmissionVersion
            {
                AuthorNumber = ZhangWei,
                Version = 1,
                Problems = [new Problem(ProblemArea.Discipline, ProblemSource.SelfAnalysis, "请假手续不全", "严格履行请假手续", HandlingKind.FixNow, new DateOnly(2026, 12, 20), null, [])],
                Commitment = "严格遵守纪律",
                Route = route,
                Reviewers = route.Reviewers,
                Status = MeasureStatus.AwaitingReview,
                SubmittedAt = at,
                AuthorUnitCode = author.PartyUnitCode,
            },
            Events = [new MeasureEvent(at, ZhangWei, MeasureEventKind.Submitted, 1, null, null)],
        };
    }
}
