using System.Net;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage.Surveys;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>
/// The suggestion box on the web, over the development runner with the one ingestion function: a page without
/// JavaScript, cross-site and forged posts refused, opinions held until 5, then one digest to each of the unit's
/// leaders through the outbox, no opinion in any log line, and the opinions listed with the unit's survey results.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class SuggestionBoxFormTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private SurveyFunctionSetup _setup = null!;

    public async Task InitializeAsync()
    {
        _setup = await SurveyFunctionSetup.StartAsync(azurite, functions: "SuggestionBoxForm,IngestSurveyReply");
        await SurveyResultsData.SaveBoundDemoRosterAsync(_setup.Services.GetRequiredService<IRosterRepository>());
    }

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    private string Url(string unit = DemoRoster.ComputingCommittee) => $"{_setup.Runner.BaseUrl}/api/suggestion-box/{unit}";

    [Fact]
    public async Task Five_opinions_reach_each_leader_once_as_one_digest_and_join_the_units_survey_opinions()
    {
        var (status, page) = await GetAsync(Url());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("向计算机学院党委提意见", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);

        string[] opinions = ["食堂*排队*太久", "<b>图书馆</b>座位不够", "希望多开讲座", "宿舍网络慢", "实验室开放时间短"];
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(opinions[i], await FormTokenAsync(), _setup.Runner.BaseUrl)).Status);
        }

        var box = _setup.Services.GetRequiredService<ISurveyBallotBox>();
        await Eventually.HoldsAsync(async () => await box.HeldCountAsync(SuggestionBox.BoxId(DemoRoster.ComputingCommittee)) == 4, TimeSpan.FromSeconds(30), "four held");
        Assert.Empty(await box.AnswersAsync(SuggestionBox.BoxId(DemoRoster.ComputingCommittee)));
        Assert.Empty(await DigestRowsAsync());

        await PostAsync(opinions[4], await FormTokenAsync());
        await Eventually.HoldsAsync(async () => (await DigestRowsAsync()).Count == 3, TimeSpan.FromSeconds(30), "three digests");

        var rows = await DigestRowsAsync();
        Assert.Equal(["200001", "200002", "200003"], rows.Select(r => r.RowKey.Split('|')[^1]).Order(StringComparer.Ordinal));
        var digest = await _setup.Services.GetRequiredService<IOutbox>().FindAsync(new OutboxMessageId(SurveyNoticeOutbox.Table, rows[0].PartitionKey, rows[0].RowKey));
        Assert.Contains("（5 条）", System.Text.Json.Nodes.JsonNode.Parse(digest!.Message.CardJson!)!["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(opinions, o => Assert.DoesNotContain(o, _setup.Logs.AllText, StringComparison.Ordinal));

        // A closed survey of the unit lists the box's opinions (they never count in the rates).
        var surveys = _setup.Services.GetRequiredService<ISurveyRepository>();
        var survey = SurveyResultsData.NewSurvey(DemoRoster.ComputingCommittee, "计算机学院党委", new SurveyWindow(DateTimeOffset.UtcNow.AddDays(-8), DateTimeOffset.UtcNow.AddMinutes(-1)), 20);
        await SurveyResultsData.AddAnswersAsync(surveys, box, survey, (SatisfactionChoice.Satisfied, "问卷意见"));
        var (_, tally) = (await _setup.Services.GetRequiredService<SurveyResults>().TallyAsync(survey.Id))!.Value;
        Assert.Equal(6, tally.Opinions.Count);
        Assert.Contains("<b>图书馆</b>座位不够", tally.Opinions);
        Assert.Equal(1, tally.Answers);
    }

    [Fact]
    public async Task A_cross_site_or_forged_post_is_refused_an_empty_one_comes_back_and_an_unknown_unit_is_not_found()
    {
        var formToken = await FormTokenAsync();

        var crossSite = await PostAsync("意见", formToken, "https://evil.example");
        var forged = await PostAsync("意见", formToken[..^2] + "xx");
        var missing = await PostAsync("意见", null);
        var expired = await PostAsync("意见", "1000." + formToken.Split('.')[1]);
        var empty = await PostAsync("   ", formToken);
        var unknown = await GetAsync(Url("NO-SUCH-UNIT"));

        Assert.All([crossSite, forged, missing, expired], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("请写下你的意见", empty.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        await Task.Delay(500);
        Assert.Equal(0, await _setup.Services.GetRequiredService<ISurveyBallotBox>().HeldCountAsync(SuggestionBox.BoxId(DemoRoster.ComputingCommittee)));
    }

    [Fact]
    public async Task Past_the_hours_cap_a_units_web_box_keeps_the_text_and_says_when_to_send_it_while_other_units_boxes_still_take_opinions()
    {
        await using var capped = await SurveyFunctionSetup.StartAsync(
            azurite, functions: "SuggestionBoxForm,IngestSurveyReply", more: new Dictionary<string, string?> { ["SurveyWeb:SuggestionsPerUnitPerHour"] = "2" });
        await SurveyResultsData.SaveBoundDemoRosterAsync(capped.Services.GetRequiredService<IRosterRepository>());
        var computing = $"{capped.Runner.BaseUrl}/api/suggestion-box/{DemoRoster.ComputingCommittee}";
        var otherUnit = $"{capped.Runner.BaseUrl}/api/suggestion-box/{DemoRoster.University}";

        var first = await PostToAsync(computing, "第一条意见", await FormTokenAsync(computing));
        var second = await PostToAsync(computing, "第二条意见", await FormTokenAsync(computing));
        var third = await PostToAsync(computing, "第三条<意见>", await FormTokenAsync(computing));
        var elsewhere = await PostToAsync(otherUnit, "别的单位的意见", await FormTokenAsync(otherUnit));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], new[] { first, second, third, elsewhere }.Select(r => r.Status));
        Assert.Contains("本小时收到的意见已达上限", third.Html, StringComparison.Ordinal);
        Assert.Matches(@"请在 \d\d:00（北京时间）以后再提交", third.Html);
        Assert.Contains("第三条&lt;意见&gt;</textarea>", third.Html, StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            async () => await capped.Services.GetRequiredService<ISurveyBallotBox>().HeldCountAsync(SuggestionBox.BoxId(DemoRoster.ComputingCommittee)) == 2,
            TimeSpan.FromSeconds(30),
            "two held");

        // The count is all the quota keeps: a unit, an hour and a number.
        var quota = await capped.Services.GetRequiredService<TableClientFactory>().GetTableAsync(TableSuggestionBoxQuota.Table);
        var row = Assert.Single(await quota.QueryAsync<TableEntity>(r => r.PartitionKey == DemoRoster.ComputingCommittee).ToListAsync());
        Assert.Equal(2, row.GetInt32("Count"));
        Assert.Equal(["Count", "PartitionKey", "RowKey", "Timestamp", "odata.etag"], row.Keys.Order(StringComparer.Ordinal));
    }

    private async Task<List<TableEntity>> DigestRowsAsync()
    {
        var table = await _setup.Services.GetRequiredService<TableClientFactory>().GetTableAsync(SurveyNoticeOutbox.Table);
        var partition = SuggestionBox.BoxId(DemoRoster.ComputingCommittee);
        return await table.QueryAsync<TableEntity>(r => r.PartitionKey == partition).ToListAsync();
    }

    private async Task<string> FormTokenAsync() => await FormTokenAsync(Url());

    private static async Task<string> FormTokenAsync(string url) => FormTokenPattern().Match((await GetAsync(url)).Html).Groups[1].Value;

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await Http.GetAsync(new Uri(url));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<(HttpStatusCode Status, string Html)> PostAsync(string opinion, string? formToken, string? origin = null) => PostToAsync(Url(), opinion, formToken, origin);

    private static async Task<(HttpStatusCode Status, string Html)> PostToAsync(string url, string opinion, string? formToken, string? origin = null)
    {
        var fields = new Dictionary<string, string> { ["opinion"] = opinion };
        if (formToken is not null)
        {
            fields["formToken"] = formToken;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"formToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();
}
