using System.Globalization;
using System.Text.Json.Nodes;
using RectifyBot.Testing.Playground;

namespace RectifyBot.Bot.Tests.LocalRun;

/// <summary>
/// The Playground helpers against a real Playground and a hand-written echo bot: what a test of
/// RectifyBot through the Playground can rely on.
/// </summary>
public sealed class PlaygroundClientTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_message_typed_in_the_personal_chat_reaches_the_bot_from_the_current_user_and_the_reply_comes_back_with_its_card()
    {
        await using var client = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseAddress);

        await client.SendMessageAsync("帮助 1");

        var text = await client.WaitForBotReplyAsync(m => m.Text == "echo: 帮助 1", Timeout);
        var card = await client.WaitForBotReplyAsync(m => m.HasAdaptiveCard && m.Raw.GetRawText().Contains("收到：帮助 1", StringComparison.Ordinal), Timeout);
        Assert.Equal(client.Tenant.PersonalChatId, text.ConversationId);
        Assert.Equal("TextBlock", card.Attachments.Single().Content.GetProperty("body")[0].GetProperty("type").GetString());
        var received = fixture.Bot.Received.Single(a => (string?)a["text"] == "帮助 1");
        Assert.Equal("29:zhangwei", (string?)received["from"]?["id"]);
        Assert.Equal("张伟", (string?)received["from"]?["name"]);
        Assert.Equal("personal", (string?)received["conversation"]?["conversationType"]);
        Assert.Equal("msteams", (string?)received["channelId"]);
        Assert.Equal("Asia/Shanghai", (string?)received["localTimezone"]);
        Assert.Equal("en-US", (string?)received["locale"]); // hard-coded by the Playground: a bot must not rely on it for zh-CN
        Assert.Equal($"http://127.0.0.1:{fixture.Playground.Port.ToString(CultureInfo.InvariantCulture)}/_connector", (string?)received["serviceUrl"]);
    }

    [Fact]
    public async Task Opening_the_personal_chat_sends_installationUpdate_and_conversationUpdate_and_shows_what_the_bot_answers()
    {
        await using var client = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseAddress);

        await client.OpenPersonalChatAsync();

        var welcome = await client.WaitForBotReplyAsync(m => m.Raw.GetRawText().Contains("欢迎使用 RectifyBot", StringComparison.Ordinal), Timeout);
        Assert.Null(welcome.Text);
        Assert.True(welcome.HasAdaptiveCard);
        // Both are posted at once, so the bot may see them in either order.
        var types = fixture.Bot.Received.Select(a => (string?)a["type"]).Where(t => t != "message").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["conversationUpdate", "installationUpdate"], types);
    }

    [Fact]
    public async Task A_custom_activity_reaches_the_bot_as_any_user_and_the_reply_shows_in_the_personal_chat()
    {
        await using var client = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseAddress);
        var activity = await client.GetCustomActivityTemplateAsync();
        activity["type"] = "message";
        activity["text"] = "我是李娜";
        activity["from"] = new JsonObject { ["id"] = "29:lina", ["name"] = "李娜" };

        await client.SendCustomActivityAsync(activity);

        await client.WaitForBotReplyAsync(m => m.Text == "echo: 我是李娜", Timeout);
        Assert.Equal("29:lina", (string?)fixture.Bot.Received.Single(a => (string?)a["text"] == "我是李娜")["from"]?["id"]);
    }

    [Fact]
    public void The_Playground_listens_on_127_0_0_1_only()
    {
        var sockets = ListeningSockets.OnPort(fixture.Playground.Port);

        Assert.NotEmpty(sockets);
        Assert.All(sockets, address => Assert.Equal("127.0.0.1", address));
    }
}
