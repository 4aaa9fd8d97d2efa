using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>The read-only page of published results for people without Teams, over the development runner.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SurveyResultsPageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private SurveyFunctionSetup _setup = null!;

    public async Task InitializeAsync() => _setup = await SurveyFunctionSetup.StartAsync(azurite, functions: nameof(RectifyBot.Functions.Surveys.SurveyResultsPage));

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    [Fact]
    public async Task A_published_survey_shows_opinions_first_escaped_with_css_bars_and_an_unpublished_one_is_not_found()
    {
        var surveys = _setup.Services.GetRequiredService<ISurveyRepository>();
        var box = _setup.Services.GetRequiredService<ISurveyBallotBox>();
        var survey = SurveyResultsData.NewSurvey(DemoRoster.ComputingCommittee, "计算机学院党委",
            new SurveyWindow(DateTimeOffset.UtcNow.AddDays(-8), DateTimeOffset.UtcNow.AddMinutes(-1)), 20);
        await SurveyResultsData.AddAnswersAsync(surveys, box, survey,
            (SatisfactionChoice.Satisfied, "<script>alert(1)</script>食堂\n要改进"), (SatisfactionChoice.Satisfied, null), (SatisfactionChoice.Satisfied, null),
            (SatisfactionChoice.BasicallySatisfied, null), (SatisfactionChoice.Dissatisfied, null));

        var (status, _) = await GetAsync(survey.Id);
        Assert.Equal(HttpStatusCode.NotFound, status);

        await surveys.SaveOutcomeAsync(survey with { PublishedAt = DateTimeOffset.UtcNow });
        (status, var html) = await GetAsync(survey.Id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;食堂\n要改进", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("群众意见", StringComparison.Ordinal) < html.IndexOf("全体：有效答卷 5，满意率 80.0%，不满意 20.0%", StringComparison.Ordinal));
        Assert.Contains("<span class=\"good\" style=\"width:80%\">", html, StringComparison.Ordinal);
        Assert.Contains("党员：有效答卷 5", html, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string surveyId)
    {
        using var response = await Http.GetAsync(new Uri($"{_setup.Runner.BaseUrl}/api/survey-results/{surveyId}"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
