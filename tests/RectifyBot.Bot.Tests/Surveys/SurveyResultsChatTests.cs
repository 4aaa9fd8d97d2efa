using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// "测评结果" / "survey results" through the built bot over HTTP with the demo university: the results card for the
/// unit's leaders and the office only, opinions first as plain text, bars in the card; publishing through the outbox
/// to the surveyed scope once; the Excel export offered by file consent card.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SurveyResultsChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;
    private Survey _survey = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        _survey = await AddClosedSurveyAsync(_demo, DemoRoster.ComputingCommittee, "计算机学院党委",
            (SatisfactionChoice.Dissatisfied, "实验室**预约**太难 <b>请改进</b>"), (SatisfactionChoice.Dissatisfied, null), (SatisfactionChoice.Satisfied, "食堂不错"),
            (SatisfactionChoice.Satisfied, null), (SatisfactionChoice.BasicallySatisfied, null), (SatisfactionChoice.DontKnow, null));
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    /// <summary>A survey of 20 Party members whose window closed a minute ago, its answers written as a batch.</summary>
    public static async Task<Survey> AddClosedSurveyAsync(DemoUniversityBot demo, string unit, string unitName, params (SatisfactionChoice? Choice, string? Opinion)[] answers)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var survey = DemoSurveys.Computing(new SurveyWindow(DateTimeOffset.UtcNow.AddDays(-8), DateTimeOffset.UtcNow.AddMinutes(-1)),
            new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 20 }) with { UnitCode = unit, UnitName = unitName, Id = unit + "-20261201-" + Guid.NewGuid().ToString("N")[..6] };
        await new TableSurveyRepository(demo.Tables).AddAsync(survey, [], []);
        var box = new TableSurveyBallotBox(demo.Tables);
        foreach (var (choice, opinion) in answers)
        {
            await box.HoldAsync(survey.Id, Guid.NewGuid().ToString("N"), new SurveyAnswer { Category = ParticipantCategory.PartyMember, Choice = choice, Opinion = opinion, Source = ReplySource.Teams });
        }

        await box.FlushAsync(survey.Id, 1);
        return survey;
    }

    [Fact]
    public async Task The_committee_leader_types_测评结果_and_sees_opinions_first_as_plain_text_with_bars_and_the_publish_button()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");

        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("测评结果"))));

        Assert.Contains("群众满意度测评结果", card, StringComparison.Ordinal);
        Assert.Contains("计算机学院党委", card, StringComparison.Ordinal);
        Assert.Contains(@"实验室\\*\\*预约\\*\\*太难 ＜b\\>请改进＜/b\\>", card, StringComparison.Ordinal);
        Assert.True(card.IndexOf("群众意见（2 条）", StringComparison.Ordinal) < card.IndexOf("全体：有效答卷 6，满意率 60.0%，不满意 40.0%", StringComparison.Ordinal));
        Assert.Contains("党员：有效答卷 6", card, StringComparison.Ordinal);
        Assert.Contains("████████████░░░░░░░░", card, StringComparison.Ordinal);
        Assert.Contains("survey-export", card, StringComparison.Ordinal);
        Assert.Contains("survey-publish", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_member_is_refused_and_a_leadership_member_reads_survey_results_in_English_without_publishing()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var heJun = _demo.Persona("hejun", "何军", "en-US");

        var refused = await _demo.SendAsync(zhangWei.Message("测评结果"));
        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(heJun.Message("survey results " + _survey.Id))));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "SurveyResults_NotAllowed"), (string?)refused.Single()!["text"]);
        Assert.Contains("Satisfaction survey results", card, StringComparison.Ordinal);
        Assert.Contains("All respondents: 6 valid answers, satisfaction 60.0%, dissatisfied 40.0%", card, StringComparison.Ordinal);
        Assert.DoesNotContain("survey-publish", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_publishes_once_to_the_surveyed_scope_through_the_outbox_and_gets_the_export_as_a_file_consent_card()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var wangFang = _demo.Persona("wangfang", "王芳");
        var liuYang = _demo.Persona("liuyang", "刘洋");
        await _demo.SendAsync(zhangWei.Message("帮助"));
        await _demo.SendAsync(liuYang.Message("帮助"));

        var first = await _demo.SendAsync(wangFang.CardSubmit(new JsonObject { ["verb"] = "survey-publish", ["surveyId"] = _survey.Id }));
        var again = await _demo.SendAsync(wangFang.CardSubmit(new JsonObject { ["verb"] = "survey-publish", ["surveyId"] = _survey.Id }));

        Assert.Contains("已向 1 人发送", (string?)first.Single()!["text"], StringComparison.Ordinal);
        Assert.Contains("/api/survey-results/" + _survey.Id, (string?)first.Single()!["text"], StringComparison.Ordinal);
        Assert.Contains("之前已公布（本次补发 0 人）", (string?)again.Single()!["text"], StringComparison.Ordinal);
        var table = await _demo.Tables.GetTableAsync(SurveyNoticeOutbox.Table);
        var rows = await table.QueryAsync<TableEntity>(r => r.PartitionKey == _survey.Id).ToListAsync();
        Assert.Equal(["survey|Published|200022"], rows.Select(r => r.RowKey));
        Assert.NotNull((await new TableSurveyRepository(_demo.Tables).FindAsync(_survey.Id))!.PublishedAt);

        var (status, _) = await _demo.InvokeAsync(wangFang.CardAction("survey-export", new JsonObject { ["surveyId"] = _survey.Id }));
        Assert.Equal(HttpStatusCode.OK, status);
        var offer = _demo.Teams.RequestsTo(wangFang.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json!)
            .Single(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.consent");
        Assert.Contains("群众满意度测评结果-计算机学院党委", (string)offer["attachments"]![0]!["content"]!["description"]!, StringComparison.Ordinal);
    }
}
