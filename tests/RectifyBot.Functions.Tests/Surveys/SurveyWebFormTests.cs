using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class SurveyWebFormTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _token = SurveyToken.New();
    private SurveyFunctionSetup _setup = null!;
    private Survey _survey = null!;

    public async Task InitializeAsync()
    {
        _setup = await SurveyFunctionSetup.StartAsync(azurite, functions: "SurveyWebForm,IngestSurveyReply");
        _survey = await AddSurveyAsync(SurveyWindow.FromChinaDates(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(6)), _token);
    }

    public async Task DisposeAsync()
    {
        await _setup.DisposeAsync();
    }

    private string Url(string? surveyId = null, string? token = null) => $"{_setup.Runner.BaseUrl}/api/survey/{surveyId ?? _survey.Id}/{token ?? _token}";

    private async Task<Survey> AddSurveyAsync(SurveyWindow window, string token)
    {
        var survey = new Survey
        {
            Id = "JSJ-20261201-" + Guid.NewGuid().ToString("N")[..6],
            UnitCode = "JSJ",
            UnitName = "计算机<i>学院</i>党委",
            Window = window,
            ExtraQuestions = [new SurveyQuestion("q1", "对班子作风<b>是否</b>满意")],
            Seed = 1,
            AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.ServiceRecipient] = 10 },
            CreatedByNumber = "L001",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await _setup.Services.GetRequiredService<ISurveyRepository>().AddAsync(survey, [], [new IssuedToken(token, ParticipantCategory.ServiceRecipient, null)]);
        return survey;
    }

    private static Task<(HttpStatusCode Status, string Html)> GetAsync(string url) => SurveyWebClient.GetAsync(url);

    private Task<(HttpStatusCode Status, string Html)> PostAsync(IDictionary<string, string> fields, string? origin = null) => SurveyWebClient.PostAsync(Url(), fields, origin);

    private Task<string> FormTokenAsync() => SurveyWebClient.FormTokenAsync(Url());

    private async Task<int> HeldAsync() => await _setup.Services.GetRequiredService<ISurveyBallotBox>().HeldCountAsync(_survey.Id);

    [Fact]
    public async Task The_page_shows_what_is_assessed_invites_the_opinion_first_and_needs_no_JavaScript()
    {
        var (status, html) = await GetAsync(Url());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("计算机&lt;i&gt;学院&lt;/i&gt;党委", html, StringComparison.Ordinal);
        Assert.Contains("对班子作风&lt;b&gt;是否&lt;/b&gt;满意", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("name=\"opinion\"", StringComparison.Ordinal) < html.IndexOf("name=\"choice\"", StringComparison.Ordinal), "the opinion comes first");
        Assert.NotEmpty(await FormTokenAsync());
    }

    [Fact]
    public async Task An_answer_is_accepted_once_and_the_link_then_says_it_was_used()
    {
        var formToken = await FormTokenAsync();
        var fields = new Dictionary<string, string> { ["formToken"] = formToken, ["choice"] = "BasicallySatisfied", ["q1"] = "Dissatisfied", ["opinion"] = "多听意见" };

        var first = await PostAsync(fields, origin: _setup.Runner.BaseUrl);
        var again = await PostAsync(fields);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("答案已确定", first.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("此链接已经使用过", again.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await GetAsync(Url())).Status);
        await Support.Eventually.HoldsAsync(async () => await HeldAsync() == 1, TimeSpan.FromSeconds(5), "one reply queued");
    }

    [Fact]
    public async Task A_forged_link_and_an_unknown_survey_are_not_found()
    {
        var forged = await GetAsync(Url(token: SurveyToken.New()));
        var malformed = await GetAsync(Url(token: "abc"));
        var unknown = await GetAsync(Url(surveyId: "JSJ-20991231-000000"));

        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        Assert.Contains("链接无效", forged.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, malformed.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("找不到这项测评", unknown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_pages_form_token_or_from_another_site_is_refused_and_nothing_counted()
    {
        var formToken = await FormTokenAsync();

        var missing = await PostAsync(new Dictionary<string, string> { ["choice"] = "Satisfied" });
        var wrong = await PostAsync(new Dictionary<string, string> { ["formToken"] = formToken[..^2] + "xx", ["choice"] = "Satisfied" });
        var crossSite = await PostAsync(new Dictionary<string, string> { ["formToken"] = formToken, ["choice"] = "Satisfied" }, origin: "https://evil.example");

        Assert.All([missing, wrong, crossSite], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.Equal((ParticipantCategory.ServiceRecipient, false), await _setup.Services.GetRequiredService<ISurveyRepository>().FindTokenAsync(_survey.Id, SurveyToken.Hash(_token)));
    }

    [Fact]
    public async Task An_opinion_over_the_limit_comes_back_escaped_to_shorten_and_the_link_stays_usable()
    {
        var formToken = await FormTokenAsync();
        var opinion = "<script>alert(1)</script>" + new string('改', SurveyLimits.OpinionMaxLength);

        var (status, html) = await PostAsync(new Dictionary<string, string> { ["formToken"] = formToken, ["choice"] = "Satisfied", ["opinion"] = opinion });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("意见超过2000字", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Satisfied\" checked", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(new Dictionary<string, string> { ["formToken"] = formToken, ["opinion"] = "<b>短</b>" })).Status);
    }

    [Fact]
    public async Task An_empty_form_asks_for_a_choice_or_an_opinion() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(new Dictionary<string, string> { ["formToken"] = await FormTokenAsync(), ["choice"] = "NotAChoice" })).Status);

    [Fact]
    public async Task After_the_window_the_page_says_the_survey_has_closed()
    {
        var token = SurveyToken.New();
        var closed = await AddSurveyAsync(SurveyWindow.FromChinaDates(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 7)), token);

        var (status, html) = await GetAsync(Url(closed.Id, token));

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("测评已经结束", html, StringComparison.Ordinal);
    }
}
