using System.Net;
using System.Text.Json.Nodes;
using RectifyBot.Documents.Tables;
using RectifyBot.Storage.Files;
using RectifyBot.Storage.Surveys;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// Surveys in Teams through the built bot and Azurite: 李娜 (secretary of 教工第三党支部) creates the branch's survey
/// from the card; the survey cards go through the outbox to every sampled member the bot can message, the others are
/// counted as reached by one-time links; a member's one tap is accepted once through the reply queue and the card
/// says the answer is final; the organiser's progress card counts, and reminds the non-respondents once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SurveyChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SurveyChat _chat = null!;

    public async Task InitializeAsync() => _chat = await SurveyChat.StartAsync(azurite);

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private static string Zh(string key) => CardText.Get(UserLanguage.ZhCn, key);

    /// <summary>The branch's Party members in the demo roster: who a quota of "all of them" draws.</summary>
    private static List<string> BranchMembers() =>
        [.. DemoRoster.Create().ActivePeople.Where(p => p.PartyUnitCode == SurveyChat.Branch && SurveySampler.BelongsTo(p, ParticipantCategory.PartyMember)).Select(p => p.Number)];

    [Fact]
    public async Task Organiser_creates_the_survey_in_chat_and_every_sampled_member_with_Teams_gets_the_card_the_others_are_counted_as_links()
    {
        var chenJing = await _chat.MemberAsync("chenjing", "陈静");
        var zhangWei = await _chat.MemberAsync("zhangwei", "张伟");
        var liNa = await _chat.MemberAsync("lina", "李娜");
        var members = BranchMembers();

        var form = DemoUniversityBot.CardOf(await _chat.Demo.SendAsync(liNa.Message("新建测评")));
        var (card, surveyId) = await _chat.CreateAsync(liNa, ("quota_PartyMember", members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("quota_ServiceRecipient", "3"), ("questions", "您对支部组织生活的改进是否满意？"));

        var formText = DemoUniversityBot.Readable(form);
        Assert.Contains(Zh("NewSurvey_Title"), formText, StringComparison.Ordinal);
        Assert.Contains(SurveyChat.Branch, formText, StringComparison.Ordinal);
        var participants = await _chat.ParticipantsAsync(surveyId);
        Assert.Equal(members.Order(StringComparer.Ordinal), participants.Select(p => p.Number).Order(StringComparer.Ordinal));
        var inTeams = participants.Where(p => p.Channel == ReplyChannel.Teams).Select(p => p.Number).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["200020", "200021", "200022"], inTeams);
        var text = DemoUniversityBot.Readable(card);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "NewSurvey_Created", members.Count + 3, 3, members.Count - 3, 3), text, StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "SurveyProgress_Unreachable", members.Count - 3), text, StringComparison.Ordinal);
        Assert.Contains("0 / 3", text, StringComparison.Ordinal);

        var rows = await _chat.OutboxRowsAsync(surveyId);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(nameof(OutboxStatus.Pending), r.GetString("Status")));
        var delivered = await _chat.DeliverAsync(surveyId);
        Assert.Equal(3, delivered.Count(d => d.Status == OutboxStatus.Sent));
        foreach (var who in new[] { chenJing, zhangWei, liNa })
        {
            var received = DemoUniversityBot.Readable(_chat.ReceivedCard(who));
            Assert.Contains(CardText.Format(UserLanguage.ZhCn, "SurveyCard_Title", DemoRoster.Create().Unit(SurveyChat.Branch)!.Name), received, StringComparison.Ordinal);
            Assert.Contains(SurveyVerbs.Answer, received, StringComparison.Ordinal);
            Assert.Contains("您对支部组织生活的改进是否满意？", received, StringComparison.Ordinal);
            Assert.Contains(Zh("Survey_Choice_BasicallySatisfied"), received, StringComparison.Ordinal);
        }

        // The links exist in the clear only now: the organiser gets them as a file (consent card), each one a stored token.
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "SurveyLinks_Offered", members.Count - 3 + 3), text, StringComparison.Ordinal);
        var offer = _chat.Demo.Teams.RequestsTo(liNa.ConversationId).Select(r => r.Json!["attachments"]?[0]).OfType<JsonNode>()
            .Single(a => (string?)a["contentType"] == "application/vnd.microsoft.teams.card.file.consent");
        var file = await new TablePendingFiles(_chat.Demo.Tables).TakeAsync(liNa.AadObjectId, (string)offer["content"]!["acceptContext"]!["pendingFile"]!, DateTimeOffset.UtcNow);
        var sheet = TabularFile.Read(file!.Content, file.Name).Sheets.Single();
        var links = sheet.Rows.Skip(1).ToList();
        Assert.Equal(members.Count - 3 + 3, links.Count);
        Assert.Equal(participants.Where(p => p.Channel == ReplyChannel.Link).Select(p => p.Number).Order(StringComparer.Ordinal), links.Select(r => r.Cell(0)).Where(n => n.Length > 0).Order(StringComparer.Ordinal));
        var repository = new TableSurveyRepository(_chat.Demo.Tables);
        foreach (var link in links)
        {
            var token = link.Cell(3).Split('/')[^1];
            Assert.StartsWith($"http://127.0.0.1:7071/api/survey/{surveyId}/", link.Cell(3), StringComparison.Ordinal);
            Assert.Equal(false, (await repository.FindTokenAsync(surveyId, SurveyToken.Hash(token)))?.Used);
        }

        // The refreshed progress card counts what went out.
        var (_, progress) = await _chat.Demo.InvokeAsync(liNa.CardAction(SurveyVerbs.Progress, new() { [SurveyVerbs.SurveyKey] = surveyId }));
        Assert.Contains("3 / 3", DemoUniversityBot.Readable(progress!["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_answers_with_one_tap_the_card_says_the_answer_is_final_and_a_second_tap_counts_nothing()
    {
        var zhangWei = await _chat.MemberAsync("zhangwei", "张伟");
        var liNa = await _chat.MemberAsync("lina", "李娜");
        var (_, surveyId) = await _chat.CreateAsync(liNa, ("quota_PartyMember", "20"));
        await _chat.DeliverAsync(surveyId);
        var card = _chat.ReceivedCard(zhangWei);

        var (status, body) = await _chat.TapAsync(zhangWei, card, SatisfactionChoice.BasicallySatisfied, (SurveyVerbs.OpinionId, "希望长效机制落到实处"));
        var (_, again) = await _chat.TapAsync(zhangWei, card, SatisfactionChoice.Dissatisfied);

        Assert.Equal(HttpStatusCode.OK, status);
        var confirmation = DemoUniversityBot.Readable(body!["value"]!);
        Assert.Contains(Zh("Survey_Thanks"), confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain(SurveyVerbs.Answer, confirmation, StringComparison.Ordinal);
        Assert.Contains(Zh("Survey_Problem_AlreadyAnswered"), DemoUniversityBot.Readable(again!["value"]!), StringComparison.Ordinal);
        var queued = await _chat.QueuedRepliesAsync();
        var reply = SurveyChat.Reply(Assert.Single(queued));
        Assert.Equal((surveyId, SatisfactionChoice.BasicallySatisfied, "希望长效机制落到实处", ReplySource.Teams), (reply.SurveyId, reply.Answer.Choice, reply.Answer.Opinion, reply.Answer.Source));
        Assert.True((await _chat.ParticipantsAsync(surveyId)).Single(p => p.Number == "200022").Answered);
    }

    [Fact]
    public async Task A_too_long_opinion_comes_back_on_the_card_with_the_error_and_the_text_kept_and_nothing_is_counted()
    {
        var zhangWei = await _chat.MemberAsync("zhangwei", "张伟");
        var liNa = await _chat.MemberAsync("lina", "李娜");
        var (_, surveyId) = await _chat.CreateAsync(liNa, ("quota_PartyMember", "20"));
        await _chat.DeliverAsync(surveyId);
        var tooLong = new string('长', SurveyLimits.OpinionMaxLength + 1);

        var (_, body) = await _chat.TapAsync(zhangWei, _chat.ReceivedCard(zhangWei), SatisfactionChoice.Satisfied, (SurveyVerbs.OpinionId, tooLong));

        var card = DemoUniversityBot.Readable(body!["value"]!);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Survey_Problem_OpinionTooLong", SurveyLimits.OpinionMaxLength), card, StringComparison.Ordinal);
        Assert.Contains(tooLong, card, StringComparison.Ordinal);
        Assert.Contains(SurveyVerbs.Answer, card, StringComparison.Ordinal);
        Assert.Empty(await _chat.QueuedRepliesAsync());
        Assert.False((await _chat.ParticipantsAsync(surveyId)).Single(p => p.Number == "200022").Answered);
    }

    [Fact]
    public async Task In_English_a_reply_after_the_window_and_to_an_unknown_survey_each_get_a_clear_answer_and_nothing_is_counted()
    {
        var zhangWei = await _chat.MemberAsync("zhangwei", "张伟", "en-US");
        var closed = new Survey
        {
            Id = SurveyChat.Branch + "-20261101-abcdef",
            UnitCode = SurveyChat.Branch,
            UnitName = "计算机学院教工第三党支部",
            Window = SurveyWindow.FromChinaDates(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7)),
            Seed = 1,
            AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 6 },
            CreatedByNumber = "200020",
            CreatedAt = new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero),
        };
        await new Storage.Surveys.TableSurveyRepository(_chat.Demo.Tables).AddAsync(closed, [new SampledParticipant("200022", ParticipantCategory.PartyMember, ReplyChannel.Teams)], []);

        var afterWindow = await _chat.Demo.SendAsync(zhangWei.CardSubmit(new() { ["verb"] = SurveyVerbs.Answer, [SurveyVerbs.SurveyKey] = closed.Id, [SurveyVerbs.ChoiceKey] = "Satisfied" }));
        var unknown = await _chat.Demo.SendAsync(zhangWei.CardSubmit(new() { ["verb"] = SurveyVerbs.Answer, [SurveyVerbs.SurveyKey] = "HP-nope-20261101-000000", [SurveyVerbs.ChoiceKey] = "Satisfied" }));

        Assert.Equal(CardText.Get(UserLanguage.En, "Survey_Problem_WindowClosed"), (string?)afterWindow.Single()!["text"]);
        Assert.Equal(CardText.Get(UserLanguage.En, "SurveyTeams_Problem_UnknownSurvey"), (string?)unknown.Single()!["text"]);
        Assert.Empty(await _chat.QueuedRepliesAsync());
        Assert.False((await _chat.ParticipantsAsync(closed.Id)).Single().Answered);
    }

    [Fact]
    public async Task The_organiser_finds_the_survey_under_my_surveys_and_reminds_the_non_respondents_once_through_the_outbox()
    {
        var zhangWei = await _chat.MemberAsync("zhangwei", "张伟");
        await _chat.MemberAsync("chenjing", "陈静");
        var liNa = await _chat.MemberAsync("lina", "李娜");
        var (_, surveyId) = await _chat.CreateAsync(liNa, ("quota_PartyMember", "20"));
        await _chat.DeliverAsync(surveyId);
        await _chat.TapAsync(zhangWei, _chat.ReceivedCard(zhangWei), SatisfactionChoice.Satisfied);

        var list = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _chat.Demo.SendAsync(liNa.Message("我的测评"))));
        var (_, reminded) = await _chat.Demo.InvokeAsync(liNa.CardAction(SurveyVerbs.Remind, new() { [SurveyVerbs.SurveyKey] = surveyId }));
        var (_, again) = await _chat.Demo.InvokeAsync(liNa.CardAction(SurveyVerbs.Remind, new() { [SurveyVerbs.SurveyKey] = surveyId }));
        var memberTries = await _chat.Demo.SendAsync(zhangWei.Message("我的测评"));

        Assert.Contains(Zh("MySurveys_Title"), list, StringComparison.Ordinal);
        Assert.Contains(surveyId, list, StringComparison.Ordinal);
        Assert.Contains(Zh("SurveyStatus_Open"), list, StringComparison.Ordinal);
        var card = DemoUniversityBot.Readable(reminded!["value"]!);
        Assert.Contains(Zh("SurveyRemind_Sent"), card, StringComparison.Ordinal);
        Assert.DoesNotContain(SurveyVerbs.Remind, card, StringComparison.Ordinal);
        Assert.Contains(Zh("SurveyRemind_AlreadyReminded"), DemoUniversityBot.Readable(again!["value"]!), StringComparison.Ordinal);
        var rows = await _chat.OutboxRowsAsync(surveyId);
        var reminders = rows.Where(r => r.RowKey.StartsWith("remind|", StringComparison.Ordinal)).Select(r => r.RowKey).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["remind|200020", "remind|200021"], reminders);
        var participants = await _chat.ParticipantsAsync(surveyId);
        Assert.Equal(["200020", "200021"], participants.Where(p => p.Reminded).Select(p => p.Number).Order(StringComparer.Ordinal));
        Assert.Contains(Zh("MySurveys_None"), DemoUniversityBot.TextOf(memberTries), StringComparison.Ordinal);

        await _chat.DeliverAsync(surveyId);
        Assert.Contains(Zh("SurveyCard_Reminder"), DemoUniversityBot.Readable(_chat.ReceivedCard(liNa)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_survey_card_shows_each_problem_next_to_its_field_and_keeps_what_was_typed()
    {
        var liNa = await _chat.MemberAsync("lina", "李娜");

        var form = DemoUniversityBot.CardOf(await _chat.Demo.SendAsync(liNa.Message("新建测评")));
        var (_, body) = await _chat.Demo.InvokeAsync(liNa.CardAction(SurveyVerbs.Create, CardForm.Submission(form, SurveyVerbs.Create,
            ("firstDay", "2026-12-10"), ("lastDay", "2026-12-01"), ("quota_PartyMember", "五"), ("questions", "问题一"))));

        var card = DemoUniversityBot.Readable(body!["value"]!);
        Assert.Contains(Zh("NewSurvey_NotCreated"), card, StringComparison.Ordinal);
        Assert.Contains(Zh("SurveyRequest_WindowInvalid"), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "NewSurvey_Error_QuotaUnreadable", SurveyLimits.MaxQuota), card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"五\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"问题一\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2026-12-10\"", card, StringComparison.Ordinal);
        Assert.Empty(await _chat.SurveysAsync());
    }

    [Fact]
    public async Task A_member_who_leads_no_unit_cannot_create_a_survey()
    {
        var zhangWei = await _chat.MemberAsync("zhangwei", "张伟", "en-US");

        var replies = await _chat.Demo.SendAsync(zhangWei.Message("new survey"));

        Assert.Equal(CardText.Get(UserLanguage.En, "NewSurvey_NotAllowed"), (string?)replies.Single()!["text"]);
    }
}
