using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Storage;
using RectifyBot.Storage.Queues;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// "意见箱" through the built bot: the card to pick a unit and write, the problem shown next to the field with the text
/// kept, the typed form for mobile, and the opinion queued for the one ingestion path with no trace of the person.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SuggestionBoxChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_member_leaves_an_opinion_from_the_card_and_by_typing_and_the_queued_reply_names_nobody()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var mark = Guid.NewGuid().ToString("N")[..8];

        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(zhangWei.Message("意见箱"))));
        var empty = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(zhangWei.CardSubmit(
            new JsonObject { ["verb"] = "suggestion-box-send", ["unit"] = "HP-JSJ", ["opinion"] = "  " }))));
        var sent = await _demo.SendAsync(zhangWei.CardSubmit(new JsonObject { ["verb"] = "suggestion-box-send", ["unit"] = "HP-JSJ", ["opinion"] = "实验室**开放**时间太短" + mark }));
        var typed = await _demo.SendAsync(zhangWei.Message("意见箱 HP-WX 文学院讲座太少" + mark));

        Assert.Contains("意见箱", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"HP-JSJ\"", card, StringComparison.Ordinal);
        Assert.Contains("计算机学院教工第三党支部", card, StringComparison.Ordinal);
        Assert.DoesNotContain("HP-JSJ-T1\"", card, StringComparison.Ordinal);
        Assert.Contains("请写下你的意见", empty, StringComparison.Ordinal);
        Assert.Equal("已匿名投入计算机学院党委的意见箱，谢谢！", (string?)sent.Single()!["text"]);
        Assert.Equal("已匿名投入文学院党委的意见箱，谢谢！", (string?)typed.Single()!["text"]);

        var queue = StorageClients.Queue(_demo.Bot.Storage, QueueNames.Qualify(_demo.Bot.Storage.QueuePrefix, QueueNames.SurveyReplies), DeliveryQueueClient.ClientOptions());
        var messages = (await PaperBallotsChatTests.QueuedAsync(queue)).Where(m => m.Contains(mark, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("\"SurveyId\":\"box|HP-JSJ\"", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain("200022", m, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain(zhangWei.UserId, m, StringComparison.Ordinal));
    }
}
