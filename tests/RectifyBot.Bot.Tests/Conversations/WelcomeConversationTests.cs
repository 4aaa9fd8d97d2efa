using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RectifyBot.Teams.Conversations;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;

namespace RectifyBot.Bot.Tests.Conversations;

public class WelcomeConversationTests
{
    private static RectifyBotActivityHandler Handler() => new([new WelcomeCommand()]);

    private static TestAdapter Adapter(string locale) => new(TestAdapter.CreateConversation(nameof(WelcomeConversationTests))) { Locale = locale };

    [Theory]
    [InlineData("帮助")]
    [InlineData("help")]
    [InlineData("hi")]
    [InlineData("你好")]
    [InlineData("ＨＥＬＰ")]
    [InlineData("  帮助！ ")]
    [InlineData("<at>RectifyBot</at> 帮助")]
    public async Task Help_and_greetings_get_the_welcome_card(string text)
    {
        await new TestFlow(Adapter("zh-CN"), Handler())
            .Send(text)
            .AssertReply(reply => AssertWelcomeCard(reply, expectChinese: true))
            .StartTestAsync();
    }

    [Fact]
    public async Task English_locale_gets_the_English_welcome_card()
    {
        await new TestFlow(Adapter("en-US"), Handler())
            .Send("help")
            .AssertReply(reply => AssertWelcomeCard(reply, expectChinese: false))
            .StartTestAsync();
    }

    [Fact]
    public async Task Anything_not_understood_gets_a_short_answer_pointing_to_help()
    {
        await new TestFlow(Adapter("zh-CN"), Handler())
            .Send("今天天气怎么样")
            .AssertReply(reply =>
            {
                Assert.Equal(BotReplies.NotUnderstood(UserLanguage.ZhCn), reply.AsMessageActivity().Text);
                Assert.Contains("帮助", reply.AsMessageActivity().Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Not_understood_in_English_is_answered_in_English()
    {
        await new TestFlow(Adapter("en-US"), Handler())
            .Send("what is the weather")
            .AssertReply(reply => Assert.Equal(BotReplies.NotUnderstood(UserLanguage.En), reply.AsMessageActivity().Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_help_button_on_mobile_submits_its_verb_and_gets_the_welcome_card()
    {
        var adapter = Adapter("zh-CN");
        var submit = adapter.MakeActivity();
        submit.Value = new JObject { ["verb"] = "help" };
        await new TestFlow(adapter, Handler())
            .Send(submit)
            .AssertReply(reply => AssertWelcomeCard(reply, expectChinese: true))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_help_button_on_desktop_is_answered_with_the_welcome_card_in_the_invoke_response()
    {
        var adapter = Adapter("zh-CN");
        var invoke = adapter.MakeActivity();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "help", data = new { verb = "help" } } });
        await new TestFlow(adapter, Handler())
            .Send(invoke)
            .AssertReply(reply =>
            {
                Assert.Equal(ActivityTypesEx.InvokeResponse, reply.Type);
                var response = Assert.IsType<InvokeResponse>(((Activity)reply).Value);
                Assert.Equal(200, response.Status);
                var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
                Assert.Equal(CardAttachments.AdaptiveCardContentType, body.Type);
                Assert.Equal("AdaptiveCard", ((JObject)body.Value)["type"]?.ToString());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Installing_the_app_greets_once_with_the_welcome_card()
    {
        var adapter = Adapter("zh-CN");
        var install = adapter.MakeActivity();
        install.Type = ActivityTypes.InstallationUpdate;
        install.Action = "add";
        var update = adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [new ChannelAccount("bot")];
        await new TestFlow(adapter, Handler())
            .Send(update)
            .Send(install)
            .AssertReply(reply => AssertWelcomeCard(reply, expectChinese: true))
            .AssertNoReply()
            .StartTestAsync();
    }

    internal static void AssertWelcomeCard(IActivity reply, bool expectChinese)
    {
        var message = reply.AsMessageActivity();
        Assert.NotNull(message);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(CardAttachments.AdaptiveCardContentType, attachment.ContentType);
        var card = JObject.FromObject(attachment.Content);
        Assert.Equal("AdaptiveCard", card["type"]?.ToString());
        var title = card["body"]![0]!["text"]!.ToString();
        Assert.Equal(CardText.Get(expectChinese ? UserLanguage.ZhCn : UserLanguage.En, "Welcome_Title"), title);
    }
}
