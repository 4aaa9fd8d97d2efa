using System.Globalization;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Stages;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Measures;

/// <summary>
/// The bot process is killed between steps and a new one started on the same tables: the draft, the submission and the
/// review lose nothing, because every step is saved in Table Storage before the bot answers.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasureRestartTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_draft_resumes_after_a_restart_with_every_answer_and_the_reviewer_approves_after_another_restart()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var liNa = _demo.Persona("lina", "李娜");
        await _demo.TypeAsync(liNa, "你好");
        await _demo.TypeAsync(zhangWei, "新建整改措施", "作风", "群众意见", "开会时常迟到", "提前十分钟到会场");
        var firstProcess = _demo.Bot.Process.Port;

        await _demo.RestartAsync();

        Assert.NotEqual(firstProcess, _demo.Bot.Process.Port);
        var resumed = DemoUniversityBot.TextOf(await _demo.TypeAsync(zhangWei, "继续草稿"));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Draft_Resumed"), resumed, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Measure_Question_" + DraftStep.Handling), resumed, StringComparison.Ordinal);

        var preview = DemoUniversityBot.TextOf(await _demo.TypeAsync(zhangWei, "立即整改", "下月底", "否", "按时完成整改", "跳过"));
        Assert.Contains("开会时常迟到", preview, StringComparison.Ordinal);
        Assert.Contains("提前十分钟到会场", preview, StringComparison.Ordinal);
        Assert.Contains("按时完成整改", preview, StringComparison.Ordinal);
        Assert.Contains("李娜", DemoUniversityBot.TextOf(await _demo.TypeAsync(zhangWei, "提交")), StringComparison.Ordinal);

        await _demo.RestartAsync();

        var approved = DemoUniversityBot.TextOf(await _demo.SendAsync(ReviewButtons.Submit(liNa, ReviewCard.ApproveVerb, "200022", 1)));
        var mine = DemoUniversityBot.TextOf(await _demo.TypeAsync(zhangWei, "我的整改措施"));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "MeasureStatus_Approved"), mine, StringComparison.Ordinal);

        var rows = await _demo.MeasureRowsAsync("200022");
        var version = Assert.Single(rows, r => r.GetString("Kind") == "Version");
        Assert.Equal(nameof(MeasureStatus.Approved), version.GetString("Status"));
        Assert.Equal("200020", version.GetString("DecisionBy"));
        var decidedAt = ChinaTime.ToChinaTime(version.GetDateTimeOffset("DecisionAt")!.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Review_Banner_Approved", "李娜", decidedAt), approved, StringComparison.Ordinal);
        var problem = Assert.Single(rows, r => r.GetString("Kind") == "VersionProblem");
        Assert.Equal("开会时常迟到", problem.GetString("Description"));
        Assert.Equal("提前十分钟到会场", problem.GetString("Measures"));
        Assert.Equal(nameof(ProblemArea.Style), problem.GetString("Area"));
        Assert.Single(rows, r => r.GetString("Kind") == "LedgerEntry");
        Assert.DoesNotContain(rows, r => r.RowKey.StartsWith("draft", StringComparison.Ordinal));
    }
}
