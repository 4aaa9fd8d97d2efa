using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Files;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// "测评链接 &lt;id&gt;" through the built bot: the organiser gets the printable sheet (HTML with an SVG QR code per link)
/// by file consent card; its links replace the survey's stored tokens; once a link was answered no new sheet is made.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class SurveyLinkSheetChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;
    private FakeFileServer _oneDrive = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        _oneDrive = await FakeFileServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _oneDrive.DisposeAsync();
        await _demo.DisposeAsync();
    }

    [Fact]
    public async Task The_organiser_prints_named_and_unnamed_links_with_QR_codes_and_cannot_reprint_once_one_is_used()
    {
        var repository = new TableSurveyRepository(_demo.Tables);
        var oldToken = SurveyToken.New();
        var survey = DemoSurveys.Computing(DemoSurveys.OpenForAWeek, new Dictionary<ParticipantCategory, int> { [ParticipantCategory.RetiredStaff] = 1, [ParticipantCategory.ServiceRecipient] = 2 });
        await repository.AddAsync(survey, [new SampledParticipant("200022", ParticipantCategory.RetiredStaff, ReplyChannel.Link)],
            [new IssuedToken(oldToken, ParticipantCategory.Other, "200022"), new IssuedToken(SurveyToken.New(), ParticipantCategory.ServiceRecipient, null), new IssuedToken(SurveyToken.New(), ParticipantCategory.ServiceRecipient, null)]);
        var huangLei = _demo.Persona("huanglei", "黄磊");
        var zhangWei = _demo.Persona("zhangwei", "张伟");

        var refused = await _demo.SendAsync(zhangWei.Message("测评链接 " + survey.Id));
        var offered = await _demo.SendAsync(huangLei.Message("测评链接 " + survey.Id));
        var consent = offered.Concat(Sent(huangLei)).SingleOrDefault(IsConsent)?["attachments"]![0]!["content"]
            ?? throw new InvalidOperationException("no file consent card: " + DemoUniversityBot.TextOf(offered));
        var uploadUrl = _oneDrive.UploadUrl();
        await _demo.InvokeAsync(FileConsents.Answer(huangLei, "accept", consent["acceptContext"]!.DeepClone(), uploadUrl, "测评链接.html"));
        var html = Encoding.UTF8.GetString(_oneDrive.Uploaded(uploadUrl).Content);

        Assert.Contains("只有本单位党组织负责人", (string?)refused.Single()!["text"], StringComparison.Ordinal);
        Assert.Contains("测评链接-计算机学院党委", (string)consent["description"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, Regex.Count(html, "<svg"));
        Assert.Contains("张伟（计算机学院教工第三党支部）", html, StringComparison.Ordinal);
        Assert.Contains("服务对象 2", html, StringComparison.Ordinal);
        var tokens = LinkPattern().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(3, tokens.Count);
        foreach (var token in tokens)
        {
            Assert.Equal(false, (await repository.FindTokenAsync(survey.Id, SurveyToken.Hash(token)))?.Used);
        }

        Assert.Null(await repository.FindTokenAsync(survey.Id, SurveyToken.Hash(oldToken)));

        Assert.True((await repository.UseTokenAsync(survey.Id, SurveyToken.Hash(tokens[0]))).IsAccepted);
        var again = await _demo.SendAsync(huangLei.Message("测评链接 " + survey.Id));
        Assert.Contains("已经有人使用", (string?)again.Single()!["text"], StringComparison.Ordinal);
        Assert.Equal(false, (await repository.FindTokenAsync(survey.Id, SurveyToken.Hash(tokens[1])))?.Used);
    }

    private List<JsonNode?> Sent(TeamsActivities who) =>
        [.. _demo.Teams.RequestsTo(who.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json)];

    private static bool IsConsent(JsonNode? activity) =>
        activity?["attachments"] is JsonArray { Count: > 0 } attachments && (string?)attachments[0]!["contentType"] == "application/vnd.microsoft.teams.card.file.consent";

    [GeneratedRegex("/api/survey/[^/]+/([A-Za-z0-9_-]{22})")]
    private static partial Regex LinkPattern();
}
