using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Core.Localization;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Measures;

/// <summary>
/// The same draft open on two devices (Teams shows the same card on the phone and the desktop): the first save wins,
/// the second, drawn from the same revision, is refused with a conflict message in the member's language and the
/// latest draft; nothing the first saved is overwritten.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DraftConflictTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_second_form_save_from_the_same_revision_is_refused_in_Chinese_and_the_first_is_kept()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var preview = await _demo.TypeAsync(zhangWei, "新建整改措施", "纪律", "自我剖析", "请假手续不全", "严格履行请假手续", "立即整改", "下月底", "否", "严格遵守纪律", "跳过");

        var (desktop, phone) = await SaveFromTwoDevicesAsync(zhangWei, preview, "请假手续不全，两次未报备", "请假手续不全（手机上改）");

        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Draft_ProblemSaved", 1), desktop, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Draft_Conflict"), phone, StringComparison.Ordinal);
        Assert.Contains("请假手续不全，两次未报备", phone, StringComparison.Ordinal);
        Assert.Equal("请假手续不全，两次未报备", await StoredDescriptionAsync("200022"));
    }

    [Fact]
    public async Task A_second_form_save_from_the_same_revision_is_refused_in_English_for_an_English_client()
    {
        var zhaoLei = _demo.Persona("zhaolei", "赵磊", locale: "en-US");
        var preview = await _demo.TypeAsync(zhaoLei, "new measure", "discipline", "self", "Late leave requests", "File leave requests in advance", "fix now", "end of next month", "no", "I keep the rules", "skip");

        var (desktop, phone) = await SaveFromTwoDevicesAsync(zhaoLei, preview, "Leave requests filed late twice", "Leave requests late (edited on the phone)");

        Assert.Contains(CardText.Format(UserLanguage.En, "Draft_ProblemSaved", 1), desktop, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.En, "Draft_Conflict"), phone, StringComparison.Ordinal);
        Assert.DoesNotContain(CardText.Get(UserLanguage.ZhCn, "Draft_Conflict"), phone, StringComparison.Ordinal);
        Assert.Equal("Leave requests filed late twice", await StoredDescriptionAsync("200023"));
    }

    /// <summary>Opens the first problem's form from the preview once, then saves it from the desktop and from the phone, both from that card.</summary>
    private async Task<(string Desktop, string Phone)> SaveFromTwoDevicesAsync(TeamsActivities member, JsonArray preview, string desktopText, string phoneText)
    {
        var opened = await _demo.SendAsync(member.CardSubmit(CardForm.Submission(DemoUniversityBot.CardOf(preview), DraftPreviewCard.EditProblemVerb)));
        var form = DemoUniversityBot.CardOf(opened);
        var fromDesktop = CardForm.Submission(form, ProblemFormCard.SaveVerb, (ProblemFormCard.DescriptionField, desktopText));
        var fromPhone = CardForm.Submission(form, ProblemFormCard.SaveVerb, (ProblemFormCard.DescriptionField, phoneText));
        Assert.Equal((string?)fromDesktop[ProblemFormCard.RevisionKey], (string?)fromPhone[ProblemFormCard.RevisionKey]);

        var desktop = DemoUniversityBot.TextOf(await _demo.SendAsync(member.CardSubmit(fromDesktop)));
        var phone = DemoUniversityBot.TextOf(await _demo.SendAsync(member.CardSubmit(fromPhone)));
        return (desktop, phone);
    }

    private async Task<string?> StoredDescriptionAsync(string author) =>
        Assert.Single(await _demo.MeasureRowsAsync(author), r => r.GetString("Kind") == "DraftProblem").GetString("Description");
}
