using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Storage.Delivery;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Office;

/// <summary>
/// "无法送达" / "unreachable" through the built bot: the office sees the people the channel refused (403/404) by name,
/// in Chinese and English; a plain member is refused; a person who talks to the bot again leaves the list.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnreachableChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
    }

    [Fact]
    public async Task The_office_sees_who_blocked_the_bot_by_name_in_Chinese_and_the_person_leaves_the_list_when_they_talk_again()
    {
        var zhangWei = await BlockedMemberAsync();

        var card = Readable(CardOf(await _demo.SendAsync(_demo.Persona("wangfang", "王芳").Message("无法送达"))));

        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Unreachable_Title"), card, StringComparison.Ordinal);
        Assert.Contains("张伟", card, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Unreachable_Status403"), card, StringComparison.Ordinal);

        await _demo.SendAsync(zhangWei.Message("帮助"));
        var after = Readable(CardOf(await _demo.SendAsync(_demo.Persona("wangfang", "王芳").Message("无法送达"))));

        Assert.DoesNotContain("张伟", after, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Unreachable_None"), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_sees_the_list_in_English()
    {
        await BlockedMemberAsync();

        var card = Readable(CardOf(await _demo.SendAsync(_demo.Persona("wangfang", "王芳", "en-US").Message("unreachable"))));

        Assert.Contains(CardText.Get(UserLanguage.En, "Unreachable_Title"), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.En, "Unreachable_Status403"), card, StringComparison.Ordinal);
        Assert.Contains("张伟", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_member_is_refused()
    {
        var zhangWei = await BlockedMemberAsync();

        var replies = await _demo.SendAsync(zhangWei.Message("无法送达"));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Reply_OfficeOnly"), (string?)replies.Single()!["text"]);
    }

    /// <summary>张伟 talks to the bot (bound to the roster), and later a reminder to him is refused with 403.</summary>
    private async Task<TeamsActivities> BlockedMemberAsync()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var hello = zhangWei.Message("帮助");
        await _demo.SendAsync(hello);
        var aad = (string)hello["from"]!["aadObjectId"]!;
        await new TableUnreachableRecipients(_demo.Tables).RecordAsync(
            new UnreachableRecipient(aad, DateTimeOffset.UtcNow, 403, "403 Forbidden", "Outbox/reminders/zhangwei"));
        return zhangWei;
    }

    private static string Readable(JsonObject card) => DemoUniversityBot.Readable(card);

    private static JsonObject CardOf(JsonArray replies) => DemoUniversityBot.CardOf(replies);
}
