using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Bot.Tests.Surveys;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.StatusReports;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Core.StatusReports;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.StatusReports;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;
using MajorityVerdict = RectifyBot.Core.Plans.Feedback.MajorityVerdict;

namespace RectifyBot.Bot.Tests.StatusReports;

/// <summary>
/// A published rectification status's feedback window (公布整改情况, issue 8) through the built bot and Azurite, with the
/// functions app's parts in the test's process: 黄磊 publishes 计算机学院党委's status to the committee's Party members
/// from the status card (Action.Execute); everyone in that scope who opened the bot gets the rating card with the
/// summary, the others are one-time links handed to 黄磊 as a file; the ratings go through the reply queue and the
/// survey ingestion, and once the window has ended the ClosePlanWindows timer closes the status with the majority rule.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatusFeedbackChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Unit = DemoRoster.ComputingCommittee;
    private const string UnitName = "计算机学院党委";

    /// <summary>Party members of 计算机学院党委 besides 黄磊 who opened the bot.</summary>
    private static readonly string[] InTeams = ["hejun", "xuqing", "shentao", "lina", "chenjing", "zhangwei"];

    private static readonly string SurveyId = FeedbackSubject.StatusReport(Unit, 1).SurveyId;

    private FeedbackChat _feedback = null!;

    public async Task InitializeAsync()
    {
        _feedback = await FeedbackChat.StartAsync(azurite);
        await PublishStatusChatTests.ArrangeLedgerAsync(_feedback.Demo, ChinaTime.Today(TimeProvider.System));
    }

    public async Task DisposeAsync() => await _feedback.DisposeAsync();

    private static List<string> Members() => [.. PlanAudience.For(PlanScope.Members, Unit, DemoRoster.Create()).Select(p => p.Number)];

    [Fact]
    public async Task Published_status_reaches_its_scope_with_the_summary_on_a_rating_card_and_the_publisher_hears_who_was_asked_and_gets_the_links()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var members = await _feedback.MembersAsync(InTeams);

        var (status, published) = await PublishAsync(huangLei);
        var sent = await _feedback.SendCardsAsync(SurveyId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已公布整改情况：计算机学院党委", DemoUniversityBot.Readable(published!["value"]!), StringComparison.Ordinal);
        var scope = Members();
        var byLink = await _feedback.AssertAskedAsync(SurveyId, scope, InTeams.Append("huanglei"), sent);
        foreach (var who in members.Append(huangLei))
        {
            var card = DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(who));
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "SurveyCard_Title_StatusReport", UnitName), card, StringComparison.Ordinal);
            Assert.Contains(PublishStatusChatTests.Explained, card, StringComparison.Ordinal);
            Assert.Contains("更换电梯需列入明年预算", card, StringComparison.Ordinal);
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Survey_SatisfactionQuestion_StatusReport", UnitName), card, StringComparison.Ordinal);
            Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Survey_OpinionQuestion_StatusReport"), card, StringComparison.Ordinal);
            Assert.All(Enum.GetValues<SatisfactionChoice>(), c => Assert.Contains(SurveyWords.Choice(UserLanguage.ZhCn, c), card, StringComparison.Ordinal));
        }

        // The publisher hears, in the chat, who was asked and that the links came as a file (the card replaced by the invoke has no room for it).
        var told = FeedbackChat.TextsOf(_feedback.Demo.Teams.RequestsTo(huangLei.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json));
        Assert.Contains(FeedbackChat.Told(UserLanguage.ZhCn, scope.Count - byLink.Count, byLink.Count, SurveyId), told, StringComparison.Ordinal);
        var links = await _feedback.OfferedLinksAsync(huangLei, []);
        Assert.Equal(byLink, links.Select(l => l[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task In_English_from_the_mobile_fallback_the_published_status_card_comes_back_with_who_was_asked()
    {
        var english = await _feedback.Chat.MemberAsync("huanglei", "黄磊", "en-US");
        await _feedback.MembersAsync(InTeams);

        var replies = await _feedback.Demo.SendAsync(english.CardSubmit(new JsonObject
        {
            ["verb"] = StatusReportCard.PublishVerb,
            [StatusReportCard.UnitKey] = Unit,
            [StatusReportCard.ScopeField] = nameof(PlanScope.Members),
            [StatusReportCard.LastDayField] = ChinaTime.Today(TimeProvider.System).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));

        var reply = replies.Select(r => r!.AsObject()).Single(r => r["attachments"] is JsonArray { Count: > 0 } a && (string?)a[0]!["contentType"] == "application/vnd.microsoft.card.adaptive");
        Assert.Contains(CardText.Format(UserLanguage.En, "StatusReport_PublishedTitle", UnitName), DemoUniversityBot.Readable(reply), StringComparison.Ordinal);
        Assert.Equal(FeedbackChat.Told(UserLanguage.En, InTeams.Length + 1, Members().Count - InTeams.Length - 1, SurveyId), (string?)reply["text"]);
        Assert.Equal(InTeams.Length + 1, (await _feedback.Chat.ParticipantsAsync(SurveyId)).Count(p => p.Channel == ReplyChannel.Teams));
    }

    [Fact]
    public async Task Most_dissatisfied_ratings_close_the_status_as_dissatisfied_and_the_publisher_and_the_office_are_told_the_counts_and_the_opinions()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var wangFang = (await _feedback.MembersAsync("wangfang"))[0];
        var members = await _feedback.MembersAsync(InTeams);
        await PublishAsync(huangLei);
        await _feedback.SendCardsAsync(SurveyId);

        await _feedback.RateAsync(members.Take(4), SatisfactionChoice.Dissatisfied, i => "电梯维保仍不到位-" + i);
        await _feedback.RateAsync(members.Skip(4).Take(1), SatisfactionChoice.BasicallySatisfied);
        await _feedback.RateAsync(members.Skip(5), SatisfactionChoice.DontKnow);
        Assert.Equal(6, await _feedback.IngestRepliesAsync());
        var report = await CloseAfterTheWindowAsync();

        Assert.Equal(StatusReportStatus.Dissatisfied, report.Status);
        Assert.Equal((new FeedbackCounts(Members().Count, 0, 1, 4, 1), MajorityVerdict.MostDissatisfied), (report.Decision!.Counts, report.Decision.Verdict));
        await _feedback.Demo.DeliverPendingAsync(StatusPublishing.Table, Unit);
        foreach (var who in new[] { huangLei, wangFang })
        {
            var notice = DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(who));
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "StatusResult_Title", UnitName), notice, StringComparison.Ordinal);
            Assert.Contains(CardText.Get(UserLanguage.ZhCn, "StatusResult_Dissatisfied"), notice, StringComparison.Ordinal);

            // What the masses wrote reaches those who must do better, without who wrote it.
            Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PlanNotice_Opinions"), notice, StringComparison.Ordinal);
            Assert.All(Enumerable.Range(0, 4), i => Assert.Contains("电梯维保仍不到位-" + i, notice, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Ratings_mostly_satisfied_close_the_status_as_satisfactory()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var members = await _feedback.MembersAsync(InTeams);
        await PublishAsync(huangLei);
        await _feedback.SendCardsAsync(SurveyId);

        await _feedback.RateAsync(members.Take(3), SatisfactionChoice.Satisfied);
        await _feedback.RateAsync(members.Skip(3).Take(1), SatisfactionChoice.BasicallySatisfied);
        await _feedback.RateAsync(members.Skip(4), SatisfactionChoice.Dissatisfied);
        Assert.Equal(6, await _feedback.IngestRepliesAsync());
        var report = await CloseAfterTheWindowAsync();

        Assert.Equal(StatusReportStatus.Satisfactory, report.Status);
        Assert.Equal((new FeedbackCounts(Members().Count, 3, 1, 2, 0), MajorityVerdict.NotDissatisfied), (report.Decision!.Counts, report.Decision.Verdict));
    }

    /// <summary>黄磊 presses publish on the status card (Action.Execute) for the committee's Party members, for a week; returns the invoke's answer.</summary>
    private Task<(HttpStatusCode Status, JsonObject? Body)> PublishAsync(TeamsActivities huangLei) =>
        _feedback.Demo.InvokeAsync(huangLei.CardAction(StatusReportCard.PublishVerb, new JsonObject
        {
            [StatusReportCard.UnitKey] = Unit,
            [StatusReportCard.ScopeField] = nameof(PlanScope.Members),
            [StatusReportCard.LastDayField] = ChinaTime.Today(TimeProvider.System).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));

    /// <summary>The functions' clock passes the end of the window's last day (China time) and the ClosePlanWindows timer closes the status; returns it as stored.</summary>
    private async Task<StatusReport> CloseAfterTheWindowAsync()
    {
        var repository = new TableStatusReportRepository(_feedback.Demo.Tables);
        var published = Assert.Single(await repository.ListAsync(Unit));
        var statuses = _feedback.Functions.Get<StatusPublishing>();
        Assert.Equal(0, await statuses.CloseDueWindowsAsync());
        _feedback.Clock.SetUtcNow(published.Publication.ClosesAt.AddMinutes(1));
        Assert.Equal(1, await statuses.CloseDueWindowsAsync());
        return Assert.Single(await repository.ListAsync(Unit));
    }
}
