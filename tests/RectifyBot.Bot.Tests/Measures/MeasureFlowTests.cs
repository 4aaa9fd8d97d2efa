using System.Text.Json.Nodes;
using Azure.Data.Tables;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Measures;

/// <summary>
/// A member's measures through the built bot over HTTP with Azurite: drafted by typing, submitted to the branch
/// committee, returned with a comment, revised as version 2 to the same reviewer, approved; notices go to the outbox.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasureFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Typed_draft_is_submitted_returned_with_comment_revised_and_approved_by_the_branch_secretary()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var liNa = _demo.Persona("lina", "李娜");
        await _demo.SendAsync(liNa.Message("你好"));

        var started = Text(await _demo.SendAsync(zhangWei.Message("新建整改措施")));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Draft_Started"), started, StringComparison.Ordinal);
        foreach (var answer in new[] { "作风", "群众意见", "开会时常迟到", "提前十分钟到会场", "立即整改", "下月底", "否", "按时完成整改", "跳过" })
        {
            var reply = Text(await _demo.SendAsync(zhangWei.Message(answer)));
            Assert.DoesNotContain("没能看懂", reply, StringComparison.Ordinal);
        }

        var submitted = Text(await _demo.SendAsync(zhangWei.Message("提交")));
        Assert.Contains("李娜", submitted, StringComparison.Ordinal);

        var noComment = Text(await _demo.SendAsync(Decision(liNa, "review-return", "200022", 1, comment: null)));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Measure_Refused_CommentRequired"), noComment, StringComparison.Ordinal);

        var returned = Text(await _demo.SendAsync(Decision(liNa, "review-return", "200022", 1, "请写明具体时间节点")));
        Assert.Contains("请写明具体时间节点", returned, StringComparison.Ordinal);

        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Draft_Revising").Split('{')[0], Text(await _demo.SendAsync(zhangWei.Message("修改"))), StringComparison.Ordinal);
        Assert.Contains("李娜", Text(await _demo.SendAsync(zhangWei.Message("提交"))), StringComparison.Ordinal);

        var stale = Text(await _demo.SendAsync(Decision(liNa, "review-approve", "200022", 1, null)));
        Assert.Contains("请写明具体时间节点", stale, StringComparison.Ordinal);

        await _demo.SendAsync(Decision(liNa, "review-approve", "200022", 2, null));
        var mine = Text(await _demo.SendAsync(zhangWei.Message("我的整改措施")));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "MeasureStatus_Approved"), mine, StringComparison.Ordinal);

        var rows = await RowsAsync("200022");
        Assert.Contains(rows, r => r.GetString("Kind") == "LedgerEntry" && r.GetString("ApprovedByNumber") == "200020");
        Assert.Equal(2, rows.Count(r => r.GetString("Kind") == "Outbox" && r.RowKey.Contains("DecisionToAuthor", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.GetString("Kind") == "Event" && r.GetString("EventKind") == "Returned" && r.GetString("By") == "200020" && r.GetString("Detail") == "请写明具体时间节点");
    }

    [Fact]
    public async Task The_same_approval_twice_records_one_decision_and_a_member_who_is_not_the_reviewer_is_refused()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var liNa = _demo.Persona("lina", "李娜");
        var wangFang = _demo.Persona("wangfang", "王芳");
        await _demo.SendAsync(liNa.Message("你好"));
        await _demo.SendAsync(zhangWei.Message("新建整改措施"));
        foreach (var answer in new[] { "纪律", "自我剖析", "请假手续不全", "严格履行请假手续", "立即整改", "2026-12-20", "否", "严格遵守纪律", "跳过", "提交" })
        {
            await _demo.SendAsync(zhangWei.Message(answer));
        }

        var refused = Text(await _demo.SendAsync(Decision(wangFang, "review-approve", "200022", 1, null)));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Measure_Refused_NotAllowed"), refused, StringComparison.Ordinal);

        await _demo.SendAsync(Decision(liNa, "review-approve", "200022", 1, null));
        await _demo.SendAsync(Decision(liNa, "review-approve", "200022", 1, null));

        var rows = await RowsAsync("200022");
        Assert.Single(rows, r => r.GetString("Kind") == "Event" && r.GetString("EventKind") == "Approved");
        Assert.Single(rows, r => r.GetString("Kind") == "LedgerEntry");
    }

    private Task<List<TableEntity>> RowsAsync(string author) => _demo.MeasureRowsAsync(author);

    private static JsonObject Decision(TeamsActivities reviewer, string verb, string author, int version, string? comment) =>
        ReviewButtons.Submit(reviewer, verb, author, version, comment);

    private static string Text(JsonArray replies) => DemoUniversityBot.TextOf(replies);
}
