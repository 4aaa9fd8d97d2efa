using System.Globalization;
using System.Net;
using Azure.Data.Tables;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Notices;
using RectifyBot.Core.Stages;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Reviews;

/// <summary>
/// A decision from Teams desktop: Action.Execute arrives as an adaptiveCard/action invoke. The bot answers in the HTTP
/// response with the clicked copy's new card (decision, by whom, when); every branch committee member's own copy is
/// updated in place through the outbox (UpdateActivity of the activity that copy was sent as).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewInvokeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ZhangWei = "200022";
    private const string LiNa = "200020";
    private const string ChenJing = "200021";

    private DemoUniversityBot _demo = null!;
    private TeamsActivities _zhangWei = null!;
    private TeamsActivities _liNa = null!;
    private TeamsActivities _chenJing = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        _zhangWei = _demo.Persona("zhangwei", "张伟");
        _liNa = _demo.Persona("lina", "李娜");
        _chenJing = _demo.Persona("chenjing", "陈静", locale: "en-US");

        // Both committee members have opened the bot: each gets a copy of the review card.
        await _demo.TypeAsync(_liNa, "你好");
        await _demo.TypeAsync(_chenJing, "hello");
        await _demo.SubmitTypedDraftAsync(_zhangWei);
        await _demo.DeliverNoticesAsync(ZhangWei);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task An_approval_from_desktop_answers_with_the_updated_card_showing_the_decision_by_whom_and_when()
    {
        var (status, body) = await _demo.InvokeAsync(ReviewButtons.Execute(_liNa, ReviewCard.ApproveVerb, ZhangWei, 1));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(body);
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var card = body["value"]!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        var text = DemoUniversityBot.Readable(card);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Review_Banner_Approved", "李娜", await DecidedAtAsync()), text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewCard.ApproveVerb, text, StringComparison.Ordinal);
        Assert.Equal(_liNa.UserId, (string?)card["refresh"]!["userIds"]![0]);
    }

    [Fact]
    public async Task After_a_desktop_decision_the_other_members_copy_is_updated_in_place_through_the_outbox()
    {
        var copies = _demo.Teams.Requests.Where(r => r.IsPlainSend && r.Body.Contains(ReviewCard.ApproveVerb, StringComparison.Ordinal)).ToList();
        var chenJingsCopy = Assert.Single(copies, r => r.ConversationId == _chenJing.ConversationId);
        Assert.Single(copies, r => r.ConversationId == _liNa.ConversationId);

        await _demo.InvokeAsync(ReviewButtons.Execute(_liNa, ReviewCard.ApproveVerb, ZhangWei, 1));

        var updates = (await _demo.MeasureRowsAsync(ZhangWei)).Where(r => r.GetString("Kind") == "Outbox" && r.GetString("ReplacesRowKey") is not null).ToList();
        var chenJingsUpdate = Assert.Single(updates, r => r.GetString("ReplacesRowKey") == NoticeOutbox.CopyKey(1, MeasureNoticeKind.ReviewCopy, ChenJing));
        Assert.Equal(nameof(OutboxStatus.Pending), chenJingsUpdate.GetString("Status"));

        var delivered = await _demo.DeliverNoticesAsync(ZhangWei);

        Assert.Contains((chenJingsUpdate.RowKey, (OutboxStatus?)OutboxStatus.Sent), delivered);
        var put = Assert.Single(_demo.Teams.Requests, r => r.Method == "PUT" && r.ConversationId == _chenJing.ConversationId);
        Assert.Equal(chenJingsCopy.AnsweredActivityId, put.ActivityId);
        var updated = DemoUniversityBot.Readable(put.Json!["attachments"]![0]!["content"]!);
        Assert.Contains(CardText.Format(UserLanguage.En, "Review_Banner_Approved", "李娜", await DecidedAtAsync()), updated, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewCard.ApproveVerb, updated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_desktop_approval_again_shows_already_decided_by_and_records_nothing_new()
    {
        await _demo.InvokeAsync(ReviewButtons.Execute(_liNa, ReviewCard.ApproveVerb, ZhangWei, 1));
        var before = await _demo.MeasureRowsAsync(ZhangWei);

        var (status, body) = await _demo.InvokeAsync(ReviewButtons.Execute(_liNa, ReviewCard.ApproveVerb, ZhangWei, 1));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body!["type"]);
        var expected = CardText.Format(UserLanguage.ZhCn, "Measure_Refused_AlreadyDecidedBy", "李娜", await DecidedAtAsync(), CardText.Get(UserLanguage.ZhCn, "Measure_Outcome_Approved"));
        Assert.Contains(expected, DemoUniversityBot.Readable(body["value"]!), StringComparison.Ordinal);
        Assert.Equal(Keys(before), Keys(await _demo.MeasureRowsAsync(ZhangWei)));
    }

    [Fact]
    public async Task Another_member_clicking_after_the_decision_is_told_in_English_who_decided_and_nothing_is_recorded()
    {
        await _demo.InvokeAsync(ReviewButtons.Execute(_liNa, ReviewCard.ApproveVerb, ZhangWei, 1));
        var before = await _demo.MeasureRowsAsync(ZhangWei);

        var (status, body) = await _demo.InvokeAsync(ReviewButtons.Execute(_chenJing, ReviewCard.ReturnVerb, ZhangWei, 1, "Please be more specific"));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = DemoUniversityBot.Readable(body!["value"]!);
        var expected = CardText.Format(UserLanguage.En, "Measure_Refused_AlreadyDecidedBy", "李娜", await DecidedAtAsync(), CardText.Get(UserLanguage.En, "Measure_Outcome_Approved"));
        Assert.Contains(expected, card, StringComparison.Ordinal);
        Assert.Equal(Keys(before), Keys(await _demo.MeasureRowsAsync(ZhangWei)));
        var version = Assert.Single(await _demo.MeasureRowsAsync(ZhangWei), r => r.GetString("Kind") == "Version");
        Assert.Equal(nameof(MeasureStatus.Approved), version.GetString("Status"));
    }

    /// <summary>When the decision was recorded, in China Standard Time as the cards show it.</summary>
    private async Task<string> DecidedAtAsync()
    {
        var version = Assert.Single(await _demo.MeasureRowsAsync(ZhangWei), r => r.GetString("Kind") == "Version");
        return ChinaTime.ToChinaTime(version.GetDateTimeOffset("DecisionAt")!.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static List<string> Keys(IEnumerable<TableEntity> rows) => [.. rows.Select(r => r.RowKey).Order(StringComparer.Ordinal)];
}
