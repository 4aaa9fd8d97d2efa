using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Measures;

/// <summary>
/// The whole flow member → reviewer → member through Bot Builder's TestAdapter and TestFlow, with the bot built from
/// the host's DI on Azurite: 张伟 (Chinese client) drafts by typing and submits; 李娜 (English client) gets her copy
/// from the outbox and returns it from the desktop with a comment; 张伟 is told the comment, revises the problem in its
/// form and submits version 2; 李娜 approves from the phone; 张伟 is told and his measures show approved.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasureTestAdapterFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Comment = "Please give a date for each step.";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
    private BotInProcess _bot = null!;

    public async Task InitializeAsync() => _bot = await BotInProcess.StartAsync(azurite, _time);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_typed_draft_is_returned_with_a_comment_revised_in_its_form_and_approved_with_each_side_told()
    {
        var zhangWei = await _bot.ChatAsync("200022", "zh-CN");
        var liNa = await _bot.ChatAsync("200020", "en-US");
        await Flow(liNa).Send("hello").AssertReply(_ => { }).StartTestAsync();

        // The member drafts by typing, one answer a turn, and submits.
        await Flow(zhangWei)
            .Send("新建整改措施").AssertReplyContaining(Zh("Draft_Started"))
            .Send("作风").AssertReplyContaining(Zh("Measure_Question_Source"))
            .Send("群众意见").AssertReplyContaining(Zh("Measure_Question_Description"))
            .Send("开会时常迟到").AssertReplyContaining(Zh("Measure_Question_Measures"))
            .Send("提前十分钟到会场").AssertReplyContaining(Zh("Measure_Question_Handling"))
            .Send("立即整改").AssertReplyContaining(Zh("Measure_Question_Deadline"))
            .Send("下月底").AssertReplyContaining(Zh("Measure_Question_AnotherProblem"))
            .Send("否").AssertReplyContaining(Zh("Measure_Question_Commitment"))
            .Send("按时完成整改").AssertReplyContaining(Zh("Measure_Question_Lessons"))
            .Send("跳过").AssertReplyContaining("开会时常迟到", "提前十分钟到会场", "按时完成整改")
            .Send("提交").AssertReplyContaining(CardText.Format(UserLanguage.ZhCn, "Measure_SubmittedReply_AwaitingReview", 1, "李娜、陈静"))
            .StartTestAsync();

        // The reviewer's copy comes through the outbox, in her language; she returns it from the desktop.
        await _bot.DeliverNoticesAsync();
        await Flow(liNa)
            .AssertReplyContaining(En("Review_Title_Decide"), "开会时常迟到", ReviewCard.ReturnVerb)
            .Send(CardAction(liNa, ReviewCard.ReturnVerb, ReviewButtons.Data(ReviewCard.ReturnVerb, "200022", 1, Comment)))
            .AssertReply(reply =>
            {
                Assert.Equal("invokeResponse", reply.Type);
                var response = Assert.IsType<InvokeResponse>(((Activity)reply).Value);
                Assert.Equal(200, response.Status);
                var card = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
                Assert.Equal("application/vnd.microsoft.card.adaptive", card.Type);
                Assert.Contains(CardText.Format(UserLanguage.En, "Review_Banner_Returned", "李娜", "2026-11-27 09:00"), JsonConvert.SerializeObject(card.Value), StringComparison.Ordinal);
            })
            .StartTestAsync();

        // The member is told, with the comment, revises the problem's measures in its form and submits version 2.
        await _bot.DeliverNoticesAsync();
        IActivity? preview = null;
        IActivity? form = null;
        await Flow(zhangWei)
            .AssertReplyContaining(CardText.Format(UserLanguage.ZhCn, "Measure_DecisionReturnedTitle", 1), Comment)
            .Send("修改").AssertReply(reply => preview = reply)
            .StartTestAsync();
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Draft_Revising", 1, 2), Readable(preview!), StringComparison.Ordinal);
        await Flow(zhangWei)
            .Send(Submit(zhangWei, CardForm.Submission(CardOf(preview!), DraftPreviewCard.EditProblemVerb))).AssertReply(reply => form = reply)
            .StartTestAsync();
        await Flow(zhangWei)
            .Send(Submit(zhangWei, CardForm.Submission(CardOf(form!), ProblemFormCard.SaveVerb, (ProblemFormCard.MeasuresField, "12月10日前每次提前十分钟到会场"))))
            .AssertReplyContaining(CardText.Format(UserLanguage.ZhCn, "Draft_ProblemSaved", 1), "12月10日前每次提前十分钟到会场")
            .Send("提交").AssertReplyContaining(CardText.Format(UserLanguage.ZhCn, "Measure_SubmittedReply_AwaitingReview", 2, "李娜、陈静"))
            .StartTestAsync();

        // Version 2 reaches the same reviewer with the earlier comment; she approves from the phone.
        await _bot.DeliverNoticesAsync();
        _time.Advance(TimeSpan.FromHours(2));
        await Flow(liNa)
            .AssertReplyContaining("12月10日前每次提前十分钟到会场", Comment)
            .Send(Submit(liNa, ReviewButtons.Data(ReviewCard.ApproveVerb, "200022", 2)))
            .AssertReplyContaining(CardText.Format(UserLanguage.En, "Review_Banner_Approved", "李娜", "2026-11-27 11:00"))
            .StartTestAsync();

        // The member is told, and his measures show approved.
        await _bot.DeliverNoticesAsync();
        await Flow(zhangWei)
            .AssertReplyContaining(CardText.Format(UserLanguage.ZhCn, "Measure_DecisionApprovedTitle", 2))
            .Send("我的整改措施").AssertReplyContaining(Zh("MeasureStatus_Approved"), "开会时常迟到", Comment)
            .StartTestAsync();
    }

    private TestFlow Flow(TestAdapter chat) => new(chat, _bot.Bot);

    private static string Zh(string key) => CardText.Get(UserLanguage.ZhCn, key);

    private static string En(string key) => CardText.Get(UserLanguage.En, key);

    /// <summary>A card button on Teams mobile: a message whose value is the button's data and the card's inputs.</summary>
    private static Activity Submit(TestAdapter chat, JsonObject value) =>
        new() { Type = ActivityTypes.Message, Locale = chat.Locale, Value = JObject.Parse(value.ToJsonString()) };

    /// <summary>A card button on Teams desktop: Action.Execute as an adaptiveCard/action invoke.</summary>
    private static Activity CardAction(TestAdapter chat, string verb, JsonObject data) => new()
    {
        Type = ActivityTypes.Invoke,
        Locale = chat.Locale,
        Name = "adaptiveCard/action",
        Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb, data = JObject.Parse(data.ToJsonString()) }, trigger = "manual" }),
    };

    private static JsonObject CardOf(IActivity reply) =>
        JsonNode.Parse(JsonConvert.SerializeObject(((Activity)reply).Attachments.Single().Content))!.AsObject();

    private static string Readable(IActivity reply) => JsonConvert.SerializeObject(reply);
}
