using System.Globalization;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Bot.Tests.Surveys;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Plans.Notices;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;
using MajorityRule = RectifyBot.Core.Plans.Feedback.MajorityRule;
using MajorityVerdict = RectifyBot.Core.Plans.Feedback.MajorityVerdict;

namespace RectifyBot.Bot.Tests.Plans;

/// <summary>
/// A published plan's feedback window (整改方案公示, issue 8) through the built bot and Azurite, with the functions app's
/// parts in the test's process: 黄磊 (principal leader of 计算机学院党委) publishes the plan to the committee's staff;
/// everyone in that scope who opened the bot gets the rating card showing the plan's items, the others are one-time
/// links handed to 黄磊 as a file; the ratings go through the reply queue and the survey ingestion, and once the window
/// has ended the ClosePlanWindows timer's majority rule decides: revision with the opinions to the author, acceptance,
/// or the office.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanFeedbackChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Unit = DemoRoster.ComputingCommittee;
    private const string UnitName = "计算机学院党委";

    /// <summary>Staff of 计算机学院党委 besides 黄磊 who opened the bot; the other six in the scope have never talked to it.</summary>
    private static readonly string[] InTeams = ["hejun", "xuqing", "shentao", "denglin", "lina", "chenjing"];

    private static readonly string SurveyId = FeedbackSubject.Plan(Unit, 1).SurveyId;

    private FeedbackChat _feedback = null!;

    public async Task InitializeAsync() => _feedback = await FeedbackChat.StartAsync(azurite);

    public async Task DisposeAsync() => await _feedback.DisposeAsync();

    private static string Zh(string key) => CardText.Get(UserLanguage.ZhCn, key);

    private static List<string> Staff() => [.. PlanAudience.For(PlanScope.Staff, Unit, DemoRoster.Create()).Select(p => p.Number)];

    [Fact]
    public async Task Published_plan_reaches_everyone_in_its_scope_with_its_items_on_a_rating_card_and_the_publisher_gets_the_links_for_the_rest()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var members = await _feedback.MembersAsync(InTeams);

        var replies = await PublishAsync(huangLei);
        var sent = await _feedback.SendCardsAsync(SurveyId);

        var staff = Staff();
        var byLink = await _feedback.AssertAskedAsync(SurveyId, staff, InTeams.Append("huanglei"), sent);
        foreach (var who in members.Append(huangLei))
        {
            var card = DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(who));
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "SurveyCard_Title_Plan", UnitName, 1), card, StringComparison.Ordinal);
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "FeedbackCard_PlanItems", 1), card, StringComparison.Ordinal);
            Assert.Contains("实验室开放时间不足", card, StringComparison.Ordinal);
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "FeedbackCard_PlanExplanation", "经费需下一年度安排"), card, StringComparison.Ordinal);
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Survey_SatisfactionQuestion_Plan", UnitName), card, StringComparison.Ordinal);
            Assert.Contains(Zh("Survey_OpinionQuestion_Plan"), card, StringComparison.Ordinal);
            Assert.All(Enum.GetValues<SatisfactionChoice>(), c => Assert.Contains(SurveyWords.Choice(UserLanguage.ZhCn, c), card, StringComparison.Ordinal));
            Assert.Contains(SurveyVerbs.Answer, card, StringComparison.Ordinal);
        }

        // The publisher hears who was asked and gets the links, once, as a file: one stored, unused token per person without Teams.
        var text = FeedbackChat.TextsOf(replies);
        Assert.Contains("第1版已公示", text, StringComparison.Ordinal);
        Assert.Contains(FeedbackChat.Told(UserLanguage.ZhCn, staff.Count - byLink.Count, byLink.Count, SurveyId), text, StringComparison.Ordinal);
        var links = await _feedback.OfferedLinksAsync(huangLei, replies);
        Assert.Equal(byLink, links.Select(l => l[0]).Order(StringComparer.Ordinal));
        var repository = new TableSurveyRepository(_feedback.Demo.Tables);
        foreach (var link in links)
        {
            Assert.Contains($"/api/survey/{SurveyId}/", link[3], StringComparison.Ordinal);
            Assert.Equal(false, (await repository.FindTokenAsync(SurveyId, SurveyToken.Hash(FeedbackChat.TokenOf(link[3]))))?.Used);
        }
    }

    [Fact]
    public async Task On_desktop_the_publish_card_becomes_the_published_version_and_who_was_asked_and_the_links_file_arrive_in_the_chat()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        await _feedback.MembersAsync(InTeams);
        var publish = await PlanPublishChatTests.PublishCardAsync(_feedback.Demo, huangLei);
        var lastDay = ChinaTime.Today(TimeProvider.System).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (status, body) = await _feedback.Demo.InvokeAsync(huangLei.CardAction(PlanDraftActions.PublishVerb, CardForm.Submission(
            publish, PlanDraftActions.PublishVerb, ("scope", nameof(PlanScope.Staff)), ("windowEnd", lastDay))));

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var answer = DemoUniversityBot.Readable(body!["value"]!);
        var byLink = Staff().Count - InTeams.Length - 1;
        Assert.Contains("第1版已公示", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanDraftActions.PublishVerb, answer, StringComparison.Ordinal);
        var told = FeedbackChat.TextsOf(_feedback.Demo.Teams.RequestsTo(huangLei.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json));
        Assert.Contains(FeedbackChat.Told(UserLanguage.ZhCn, InTeams.Length + 1, byLink, SurveyId), told, StringComparison.Ordinal);
        Assert.Equal(byLink, (await _feedback.OfferedLinksAsync(huangLei, [])).Count);
    }

    [Fact]
    public async Task A_member_whose_Teams_speaks_English_gets_the_plans_rating_card_in_English_and_is_thanked_in_English()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var shenTao = await _feedback.Chat.MemberAsync("shentao", "沈涛", "en-US");
        await PublishAsync(huangLei);
        await _feedback.SendCardsAsync(SurveyId);

        var received = _feedback.Chat.ReceivedCard(shenTao);
        var (_, body) = await _feedback.Chat.TapAsync(shenTao, received, SatisfactionChoice.Dissatisfied, (SurveyVerbs.OpinionId, "Open the lab at weekends"));

        var card = DemoUniversityBot.Readable(received);
        Assert.Contains(CardText.Format(UserLanguage.En, "SurveyCard_Title_Plan", UnitName, 1), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.En, "FeedbackCard_PlanItems", 1), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.En, "Survey_SatisfactionQuestion_Plan", UnitName), card, StringComparison.Ordinal);
        Assert.Contains(SurveyWords.Choice(UserLanguage.En, SatisfactionChoice.DontKnow), card, StringComparison.Ordinal);
        Assert.Contains("实验室开放时间不足", card, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.En, "Survey_Thanks"), DemoUniversityBot.Readable(body!), StringComparison.Ordinal);
        Assert.Equal(1, await _feedback.IngestRepliesAsync());
    }

    [Fact]
    public async Task A_version_saved_without_its_window_is_asked_by_the_next_timer_run_only_once_and_its_publisher_is_told_how_to_print_the_links()
    {
        var members = await _feedback.MembersAsync(InTeams);
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var lastDay = ChinaTime.Today(TimeProvider.System).AddDays(3);
        Assert.True(await new TablePlanRepository(_feedback.Demo.Tables).SaveAsync(new PlanChange
        {
            UnitCode = Unit,
            Version = PlanPublishChatTests.Published(new PlanPublication(PlanScope.Staff, _feedback.Clock.GetUtcNow().AddMinutes(-5), lastDay, ChinaTime.EndOfDayUtc(lastDay))),
        }));
        var actions = _feedback.Functions.Get<PlanActions>();

        Assert.Equal(1, await actions.OpenMissingFeedbackAsync());
        Assert.Equal(0, await actions.OpenMissingFeedbackAsync());
        var sent = await _feedback.SendCardsAsync(SurveyId);

        var byLink = await _feedback.AssertAskedAsync(SurveyId, Staff(), InTeams.Append("huanglei"), sent);
        Assert.All(members, m => Assert.Contains("实验室开放时间不足", DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(m)), StringComparison.Ordinal));
        var survey = (await new TableSurveyRepository(_feedback.Demo.Tables).FindAsync(SurveyId))!;
        Assert.Equal("200001", survey.CreatedByNumber);

        // The links were made in a timer run that prints them for nobody: the publisher is told, once, how to print them.
        Assert.Single(await _feedback.Demo.DeliverPendingAsync(SurveyNoticeOutbox.Table, SurveyId), d => d.Status == OutboxStatus.Sent);
        Assert.Equal(0, await actions.OpenMissingFeedbackAsync());
        Assert.Empty(await _feedback.Demo.DeliverPendingAsync(SurveyNoticeOutbox.Table, SurveyId));
        var told = _feedback.Demo.Teams.RequestsTo(huangLei.ConversationId).Where(r => r.IsPlainSend).Select(r => (string?)r.Json!["text"]).OfType<string>().Last();
        Assert.Contains(SurveyWords.Title(UserLanguage.ZhCn, survey), told, StringComparison.Ordinal);
        Assert.Contains(SurveyWords.Window(UserLanguage.ZhCn, survey.Window), told, StringComparison.Ordinal);
        Assert.Contains($"另有 {byLink.Count} 人", told, StringComparison.Ordinal);
        Assert.Contains("“测评链接 " + SurveyId + "”", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Most_dissatisfied_ratings_send_the_plan_back_to_its_author_with_the_opinions()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var members = await _feedback.MembersAsync(InTeams);
        await PublishAsync(huangLei);
        await _feedback.SendCardsAsync(SurveyId);

        await _feedback.RateAsync(members.Take(5), SatisfactionChoice.Dissatisfied, i => "开放时间仍然太短-" + i);
        await _feedback.RateAsync(members.Skip(5), SatisfactionChoice.Satisfied);
        Assert.Equal(6, await _feedback.IngestRepliesAsync());
        var moved = await CloseAfterTheWindowAsync();

        Assert.Equal(1, moved);
        var version = (await new TablePlanRepository(_feedback.Demo.Tables).LoadAsync(Unit)).Latest!;
        Assert.Equal(PlanStatus.RevisionRequired, version.Status);
        Assert.Equal((new FeedbackCounts(Staff().Count, 1, 0, 5, 0), MajorityVerdict.MostDissatisfied), (version.Decision!.Counts, version.Decision.Verdict));

        // The author's notice goes out through the outbox with every opinion.
        await _feedback.Demo.DeliverPendingAsync(PlanNoticeOutbox.Table, Unit);
        var notice = DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(huangLei));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanNotice_RevisionToAuthor", UnitName, 1), notice, StringComparison.Ordinal);
        Assert.Contains(Zh("PlanNotice_Opinions"), notice, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Contains("开放时间仍然太短-" + i, notice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exactly_half_dissatisfied_with_a_rating_given_by_one_time_link_accepts_the_plan_and_do_not_know_counts_for_nothing()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var members = await _feedback.MembersAsync(InTeams);
        var links = await _feedback.OfferedLinksAsync(huangLei, await PublishAsync(huangLei));
        await _feedback.SendCardsAsync(SurveyId);

        await _feedback.RateAsync(members.Take(3), SatisfactionChoice.Dissatisfied);
        await _feedback.RateAsync(members.Skip(3).Take(2), SatisfactionChoice.Satisfied);
        await _feedback.RateAsync(members.Skip(5), SatisfactionChoice.DontKnow);
        _feedback.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var linkAnswer = await _feedback.Functions.Get<SurveyReplies>().AcceptFromLinkAsync(SurveyId, FeedbackChat.TokenOf(links[0][3]), SurveyReplyForm.Of(SatisfactionChoice.BasicallySatisfied, "希望周末也开放"));
        Assert.Null(linkAnswer);
        Assert.Equal(7, await _feedback.IngestRepliesAsync());
        await CloseAfterTheWindowAsync();

        var version = (await new TablePlanRepository(_feedback.Demo.Tables).LoadAsync(Unit)).Latest!;
        Assert.Equal(PlanStatus.Accepted, version.Status);
        Assert.Equal((new FeedbackCounts(Staff().Count, 2, 1, 3, 1), MajorityVerdict.NotDissatisfied), (version.Decision!.Counts, version.Decision.Verdict));
        await _feedback.Demo.DeliverPendingAsync(PlanNoticeOutbox.Table, Unit);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanNotice_AcceptedToAuthor", UnitName, 1), DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(huangLei)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Below_the_quorum_the_plan_awaits_the_office_which_is_told_with_the_opinions()
    {
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var wangFang = (await _feedback.MembersAsync("wangfang"))[0];
        var members = await _feedback.MembersAsync(InTeams);
        await PublishAsync(huangLei);
        await _feedback.SendCardsAsync(SurveyId);

        await _feedback.RateAsync(members.Take(MajorityRule.MinimumQuorum - 1), SatisfactionChoice.Dissatisfied, i => i == 0 ? "没有听取教工意见" : null);
        Assert.Equal(MajorityRule.MinimumQuorum - 1, await _feedback.IngestRepliesAsync());
        await CloseAfterTheWindowAsync();

        var version = (await new TablePlanRepository(_feedback.Demo.Tables).LoadAsync(Unit)).Latest!;
        Assert.Equal(PlanStatus.AwaitingOfficeDecision, version.Status);
        Assert.Equal((new FeedbackCounts(Staff().Count, 0, 0, MajorityRule.MinimumQuorum - 1, 0), MajorityVerdict.InsufficientResponse), (version.Decision!.Counts, version.Decision.Verdict));
        await _feedback.Demo.DeliverPendingAsync(PlanNoticeOutbox.Table, Unit);
        var notice = DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(wangFang));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanNotice_OfficeDecisionCopy", UnitName, 1), notice, StringComparison.Ordinal);
        Assert.Contains("没有听取教工意见", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leadership_team_member_who_published_the_plan_reprints_its_links_follows_its_progress_and_reminds_who_has_not_rated()
    {
        var members = await _feedback.MembersAsync(InTeams);
        var (heJun, xuQing, shenTao) = (members[0], members[1], members[2]);
        await PublishAsync(heJun);
        await _feedback.SendCardsAsync(SurveyId);
        await _feedback.RateAsync([xuQing], SatisfactionChoice.Satisfied);

        // What the publish reply told him to send: "测评链接 <id>" makes a new sheet while no link was used.
        var reprinted = await _feedback.Demo.SendAsync(heJun.Message("测评链接 " + SurveyId));
        var refused = await _feedback.Demo.SendAsync(xuQing.Message("测评链接 " + SurveyId));
        var mine = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _feedback.Demo.SendAsync(heJun.Message("我的测评"))));
        var (_, progress) = await _feedback.Demo.InvokeAsync(heJun.CardAction(SurveyVerbs.Progress, new() { [SurveyVerbs.SurveyKey] = SurveyId }));
        var (_, reminded) = await _feedback.Demo.InvokeAsync(heJun.CardAction(SurveyVerbs.Remind, new() { [SurveyVerbs.SurveyKey] = SurveyId }));

        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "FileConsent_Sent"), FeedbackChat.TextsOf(reprinted), StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "SurveyLinks_Problem_NotAllowed", SurveyId), FeedbackChat.TextsOf(refused), StringComparison.Ordinal);
        Assert.Contains(SurveyId, mine, StringComparison.Ordinal);
        Assert.Contains($"1 / {InTeams.Length}", DemoUniversityBot.Readable(progress!["value"]!), StringComparison.Ordinal);
        Assert.Contains(Zh("SurveyRemind_Sent"), DemoUniversityBot.Readable(reminded!["value"]!), StringComparison.Ordinal);
        await _feedback.Chat.DeliverAsync(SurveyId);
        var reminder = DemoUniversityBot.Readable(_feedback.Chat.ReceivedCard(shenTao));
        Assert.Contains(Zh("SurveyCard_Reminder"), reminder, StringComparison.Ordinal);
        Assert.Contains("实验室开放时间不足", reminder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_stored_queued_or_logged_links_a_rating_of_the_plan_to_the_member_who_gave_it()
    {
        const string Mark = "plan-opinion-";
        var huangLei = (await _feedback.MembersAsync("huanglei"))[0];
        var members = await _feedback.MembersAsync(InTeams);
        await PublishAsync(huangLei);
        await _feedback.SendCardsAsync(SurveyId);

        // 何军 is named in the plan (responsible for its item) and does not rate.
        var raters = members.Skip(1).ToList();
        await _feedback.RateAsync(raters, SatisfactionChoice.Dissatisfied, i => Mark + i);

        var identities = InTeams.Skip(1).Select(FeedbackChat.Person).SelectMany(p => new[] { p.Number, p.Upn })
            .Concat(raters.SelectMany(m => new[] { m.AadObjectId, m.UserId, m.ConversationId }))
            .OfType<string>().ToList();
        var queued = (await StorageDump.QueuesAsync(azurite.ConnectionString, _feedback.Chat.QueuePrefix)).Where(m => m.Contains(Mark, StringComparison.Ordinal)).ToList();
        Assert.Equal(raters.Count, queued.Count);
        Assert.All(queued, m => Assert.DoesNotContain(identities, id => m.Contains(id, StringComparison.Ordinal)));

        Assert.Equal(raters.Count, await _feedback.IngestRepliesAsync());
        await CloseAfterTheWindowAsync();
        await _feedback.Demo.DeliverPendingAsync(PlanNoticeOutbox.Table, Unit);

        // Every row that holds an opinion (the answers, the author's notice) names none of the raters; the answers are all there.
        var tables = await StorageDump.TablesAsync(azurite.ConnectionString, _feedback.Demo.Bot.Storage.TablePrefix!);
        var withOpinions = tables.Values.SelectMany(rows => rows).Select(StorageDump.Flatten).Where(r => r.Contains(Mark, StringComparison.Ordinal)).ToList();
        Assert.All(withOpinions, row => Assert.DoesNotContain(identities, id => row.Contains(id, StringComparison.Ordinal)));
        var answers = tables[TableSurveyBallotBox.Table].Where(r => r.PartitionKey.Contains(SurveyId, StringComparison.Ordinal) && r.RowKey.StartsWith("a|", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, raters.Count).Select(i => Mark + i).Order(StringComparer.Ordinal), answers.Select(a => a.GetString("Opinion")).Order(StringComparer.Ordinal));
        Assert.Contains(withOpinions, r => r.Contains(huangLei.AadObjectId, StringComparison.Ordinal));
        Assert.DoesNotContain(Mark, _feedback.Demo.Bot.Process.Output, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.RevisionRequired, (await new TablePlanRepository(_feedback.Demo.Tables).LoadAsync(Unit)).Latest!.Status);
    }

    /// <summary>The publisher (黄磊 unless said) publishes the saved draft to the committee's staff for a week, from the publish card; returns the bot's replies.</summary>
    private async Task<JsonArray> PublishAsync(TeamsActivities publisher)
    {
        var publish = await PlanPublishChatTests.PublishCardAsync(_feedback.Demo, publisher, "继续方案草稿 " + Unit);
        var lastDay = ChinaTime.Today(TimeProvider.System).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await _feedback.Demo.SendAsync(publisher.CardSubmit(CardForm.Submission(publish, PlanDraftActions.PublishVerb, ("scope", nameof(PlanScope.Staff)), ("windowEnd", lastDay))));
    }

    /// <summary>The functions' clock passes the end of the window's last day (China time) and the ClosePlanWindows timer runs; returns how many plans moved on.</summary>
    private async Task<int> CloseAfterTheWindowAsync()
    {
        var version = (await new TablePlanRepository(_feedback.Demo.Tables).LoadAsync(Unit)).Latest!;
        var actions = _feedback.Functions.Get<PlanActions>();
        Assert.Equal(0, await actions.CloseDueWindowsAsync());
        _feedback.Clock.SetUtcNow(version.Publication.ClosesAt.AddMinutes(1));
        return await actions.CloseDueWindowsAsync();
    }
}
