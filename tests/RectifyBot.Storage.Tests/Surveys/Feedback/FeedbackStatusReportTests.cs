using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.StatusReports;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Testing.Storage;
using static RectifyBot.Storage.Tests.Plans.PlanWorld;
using static RectifyBot.Storage.Tests.Surveys.Feedback.FeedbackWorld;

namespace RectifyBot.Storage.Tests.Surveys.Feedback;

/// <summary>
/// 公布整改情况 with its feedback window as a survey, on Azurite: JSJ's plan accepted (two items in the ledger), its
/// status published to everyone under it, rated by cards and links, and decided by the answers when the window closes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedbackStatusReportTests(AzuriteFixture azurite)
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);
    private static readonly DateTimeOffset AfterLastDay = new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_published_status_asks_its_whole_scope_with_the_summary_on_the_card_and_the_answers_decide_at_the_close()
    {
        var world = await CreateAsync(azurite);
        await world.AcceptedAsync();

        var published = await world.Status.PublishAsync(陈院长, Unit, PlanScope.Everyone, LastDay);

        Assert.Equal(StatusPublishResult.Done, published.Result);
        var opening = published.Feedback!;
        Assert.Equal(("JSJ-status-r1", false, InTeams.Length, ByLink.Length), (opening.SurveyId, opening.AlreadyOpen, opening.InTeams, opening.Links.Count));
        var survey = (await world.Surveys.FindAsync(opening.SurveyId))!;
        Assert.Equal((FeedbackSubject.StatusReport(Unit, 1), InScope, AfterLastDay), (survey.Subject, survey.TotalAsked, survey.Window.ClosesAt));
        var shown = world.Cards.Materials.Last()!;
        Assert.Equal((2, null), (shown.Status!.Summary.InProgress, shown.Plan));

        // 4 of 6 counted answers dissatisfied, one by link; 不了解 does not count.
        await world.AnsweredAsync(opening,
        [
            .. Choices(SatisfactionChoice.Dissatisfied, 3), (SatisfactionChoice.Satisfied, "食堂已经好多了"), (SatisfactionChoice.BasicallySatisfied, null),
            (SatisfactionChoice.DontKnow, null), .. Choices(SatisfactionChoice.DontKnow, 4), (SatisfactionChoice.Dissatisfied, "实验室周末仍不开放"),
        ]);
        world.Plans.Time.SetUtcNow(AfterLastDay);

        Assert.Equal(1, await world.Status.CloseDueWindowsAsync());

        var report = Assert.Single(await world.Reports.ListAsync(Unit));
        Assert.Equal(StatusReportStatus.Dissatisfied, report.Status);
        Assert.Equal(new FeedbackCounts(InScope, 1, 1, 4, 5), report.Decision!.Counts);
        Assert.Null((await world.Surveys.FindAsync(opening.SurveyId))!.ClosedAt);
    }

    [Fact]
    public async Task The_daily_run_opens_a_published_status_reports_window_that_was_never_opened_tells_its_publisher_and_leaves_ended_windows_alone()
    {
        var world = await CreateAsync(azurite);
        Assert.True(await world.Reports.AddAsync(Report(Unit, AfterLastDay)));
        Assert.True(await world.Reports.AddAsync(Report("WY", Start.AddMinutes(-1))));

        var opened = await world.Status.OpenMissingFeedbackAsync();
        var again = await world.Status.OpenMissingFeedbackAsync();

        Assert.Equal((1, 0), (opened, again));
        var survey = (await world.Surveys.FindAsync("JSJ-status-r1"))!;
        Assert.Equal((FeedbackSubject.StatusReport(Unit, 1), 陈院长.Number, InScope, AfterLastDay), (survey.Subject, survey.CreatedByNumber, survey.TotalAsked, survey.Window.ClosesAt));
        Assert.Equal(InTeams.Length, (await world.Mailings.CountAsync(survey.Id)).Invitations);
        Assert.Equal(12, Assert.Single(world.Cards.Materials.Distinct())!.Status!.Summary.InProgress);
        Assert.Null(await world.Surveys.FindAsync("WY-status-r1"));
        var told = await world.Outbox.FindAsync(SurveyNoticeOutbox.IdFor("JSJ-status-r1", SurveyNoticeKind.FeedbackOpenedLate, 陈院长.Number));
        Assert.Equal($"FeedbackOpenedLate JSJ-status-r1: {InTeams.Length} in Teams, {ByLink.Length} by link", told!.Message.Text);
    }

    /// <summary>Report 1 of the unit, published by its leader to everyone under it two days ago, its window closing at <paramref name="closesAt"/>.</summary>
    private static StatusReport Report(string unit, DateTimeOffset closesAt) => new()
    {
        UnitCode = unit,
        Number = 1,
        AuthorNumber = unit == Unit ? 陈院长.Number : 吴书记.Number,
        Summary = new StatusSummary(12, 1, 5, 0, []),
        Publication = new PlanPublication(PlanScope.Everyone, Start.AddDays(-2), Core.Stages.ChinaTime.DateOf(closesAt.AddTicks(-1)), closesAt),
        Status = StatusReportStatus.Published,
    };
}
