using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Roster;
using RectifyBot.Core.StatusReports;
using RectifyBot.Core.Surveys;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Surveys.SurveyWebClient;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>
/// The web path of a plan's (整改方案公示) or status report's (公布整改情况) feedback window, hosted as in production on
/// Azurite: the one-time link's page shows what was published, in full and escaped, above the rating form worded for
/// it, and takes one answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedbackWebFormTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Unit = "JSJ";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private SurveyFunctionSetup _setup = null!;

    public async Task InitializeAsync()
    {
        _setup = await SurveyFunctionSetup.StartAsync(azurite, functions: "SurveyWebForm,IngestSurveyReply");
        var units = new[]
        {
            new OrganisationUnit("U", "某大学党委", UnitKind.UniversityCommittee, null),
            new OrganisationUnit(Unit, "计算机学院党委", UnitKind.SecondaryCommittee, "U"),
            new OrganisationUnit("JSJ-1", "计算机<b>教工</b>党支部", UnitKind.Branch, Unit),
        };
        var people = new[] { new Person { Number = "0104", Name = "周老师", PartyUnitCode = "JSJ-1", PartyStatus = PartyStatus.Full } };
        await _setup.Services.GetRequiredService<IRosterRepository>().SaveNewVersionAsync(new Core.Roster.Roster(units, people), "0900", "feedback", DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    [Fact]
    public async Task A_plans_page_shows_every_item_in_full_escaped_above_the_rating_form_for_the_plan()
    {
        var explanation = "经费需下一年度<i>预算</i>安排，" + new string('说', 300);
        await PublishPlanAsync(
            Item("<script>alert(1)</script>实验室开放时间不足", PlanHandling.FixNow, Today.AddDays(40), Unit),
            Item("食堂排队时间长", PlanHandling.StepByStep, Today.AddDays(90), "JSJ-1") with
            {
                Explanation = explanation,
                Milestones = [new Milestone(Today.AddDays(20), "完成<u>调研</u>"), new Milestone(Today.AddDays(60), "增开窗口")],
            });
        var link = await OpenAsync(FeedbackSubject.Plan(Unit, 1));

        var (status, html) = await GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<u>", html, StringComparison.Ordinal);
        Assert.Contains("整改方案公示：计算机学院党委（第1版）", html, StringComparison.Ordinal);
        Assert.Contains("整改事项（共 2 项）", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;实验室开放时间不足", html, StringComparison.Ordinal);
        Assert.Contains($"立即整改 &#183; {Day(Today.AddDays(40))} 前完成 &#183; 责任单位：计算机学院党委", html, StringComparison.Ordinal);
        Assert.Contains($"逐步解决 &#183; {Day(Today.AddDays(90))} 前完成 &#183; 责任单位：计算机&lt;b&gt;教工&lt;/b&gt;党支部", html, StringComparison.Ordinal);
        Assert.Contains("向群众的说明：经费需下一年度&lt;i&gt;预算&lt;/i&gt;安排，" + new string('说', 300), html, StringComparison.Ordinal);
        Assert.Contains($"{Day(Today.AddDays(20))} 完成&lt;u&gt;调研&lt;/u&gt;", html, StringComparison.Ordinal);
        Assert.Contains($"{Day(Today.AddDays(60))} 增开窗口", html, StringComparison.Ordinal);

        // The plan above, then the form asking about the plan: the opinion first, then the rating.
        Assert.True(html.IndexOf("食堂排队时间长", StringComparison.Ordinal) < html.IndexOf("<form", StringComparison.Ordinal), "the plan comes before the form");
        Assert.Contains("您对这份整改方案有哪些意见和建议？", html, StringComparison.Ordinal);
        Assert.Contains("您对计算机学院党委这份整改方案的评价", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("name=\"opinion\"", StringComparison.Ordinal) < html.IndexOf("name=\"choice\"", StringComparison.Ordinal), "the opinion comes first");
    }

    [Fact]
    public async Task A_plans_rating_is_accepted_once_and_reaches_the_ballot_box_and_a_form_to_correct_still_shows_the_plan()
    {
        await PublishPlanAsync(Item("实验室开放时间不足", PlanHandling.FixNow, Today.AddDays(40), Unit));
        var link = await OpenAsync(FeedbackSubject.Plan(Unit, 1));
        var formToken = await FormTokenAsync(link);

        var empty = await PostAsync(link, new Dictionary<string, string> { ["formToken"] = formToken });
        var first = await PostAsync(link, new Dictionary<string, string> { ["formToken"] = formToken, ["choice"] = "Dissatisfied", ["opinion"] = "开放时间应延长" });
        var again = await PostAsync(link, new Dictionary<string, string> { ["formToken"] = formToken, ["choice"] = "Satisfied" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("实验室开放时间不足", empty.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("答案已确定", first.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await GetAsync(link)).Status);
        var box = _setup.Services.GetRequiredService<ISurveyBallotBox>();
        await Support.Eventually.HoldsAsync(async () => await box.HeldCountAsync("JSJ-plan-v1") == 1, TimeSpan.FromSeconds(10), "one rating held");
    }

    [Fact]
    public async Task A_status_reports_page_shows_its_counts_and_explained_items_above_the_rating_form_for_the_status()
    {
        var reports = _setup.Services.GetRequiredService<IStatusReportRepository>();
        Assert.True(await reports.AddAsync(new StatusReport
        {
            UnitCode = Unit,
            Number = 1,
            AuthorNumber = "0100",
            Summary = new StatusSummary(12, 3, 40, 5, [new ExplainedItem("实验楼<b>电梯</b>老旧", "列入明年<i>维修</i>预算", Today.AddDays(200))]),
            Publication = Publication(),
            Status = StatusReportStatus.Published,
        }));
        var link = await OpenAsync(FeedbackSubject.StatusReport(Unit, 1));

        var (status, html) = await GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("整改情况公布：计算机学院党委", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>正在整改</th><td>12</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>逾期未完成</th><td>3</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>按期完成</th><td>40</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>逾期完成</th><td>5</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>台帐事项合计</th><td>60</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("实验楼&lt;b&gt;电梯&lt;/b&gt;老旧", html, StringComparison.Ordinal);
        Assert.Contains($"最终时限 {Day(Today.AddDays(200))}。说明：列入明年&lt;i&gt;维修&lt;/i&gt;预算", html, StringComparison.Ordinal);
        Assert.Contains("您对本单位的整改情况有哪些意见和建议？", html, StringComparison.Ordinal);
        Assert.Contains("您对计算机学院党委整改情况的评价", html, StringComparison.Ordinal);
        Assert.DoesNotContain("整改事项（共", html, StringComparison.Ordinal);
    }

    private static PlanItem Item(string problem, PlanHandling handling, DateOnly deadline, string responsibleUnit) => new()
    {
        Problem = problem,
        AreaCode = "teaching",
        Handling = handling,
        Deadline = deadline,
        ResponsibleUnitCode = responsibleUnit,
        ResponsiblePersonNumber = "0103",
        Goals = [PlanGoal.ServingThePeople],
    };

    private static PlanPublication Publication() =>
        new(PlanScope.Everyone, DateTimeOffset.UtcNow.AddDays(-1), Today.AddDays(6), Core.Stages.ChinaTime.EndOfDayUtc(Today.AddDays(6)));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task PublishPlanAsync(params PlanItem[] items) =>
        Assert.True(await _setup.Services.GetRequiredService<IPlanRepository>().SaveAsync(new PlanChange
        {
            UnitCode = Unit,
            Version = new PlanVersion
            {
                UnitCode = Unit,
                Version = 1,
                AuthorNumber = "0100",
                ParentUnitCode = "U",
                Items = items,
                Publication = Publication(),
                Status = PlanStatus.PublishedForSupervision,
            },
        }));

    /// <summary>Opens the subject's feedback window as publishing does; the one-time link of 周老师 (who has no Teams).</summary>
    private async Task<string> OpenAsync(FeedbackSubject subject)
    {
        var roster = await _setup.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();
        var opening = await _setup.Services.GetRequiredService<IPlanFeedback>().OpenAsync(subject, Publication(), "0100", roster);
        var link = Assert.Single(opening.Links);
        Assert.Equal((subject.SurveyId, 0, "0104"), (opening.SurveyId, opening.InTeams, link.Number));
        return $"{_setup.Runner.BaseUrl}/api/survey/{subject.SurveyId}/{link.Token}";
    }
}
