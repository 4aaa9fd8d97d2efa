using System.Text.Json.Nodes;
using Azure.Data.Tables;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Roster;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Files;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Reviews;

/// <summary>
/// DOMAIN.md §1: a roster change that removes a routed reviewer re-routes the open submission and tells both sides.
/// End to end: 张伟's measures await his branch committee (李娜, 陈静); the office imports the branch's roster by
/// sending the file in chat; the version's reviewers, the history and the outbox show the re-route.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RosterChangeReroutingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ZhangWei = "200022";
    private const string LiNa = "200020";
    private const string ChenJing = "200021";
    private const string WangFang = "100020";
    private FakeFileServer _files = null!;
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync()
    {
        _files = await FakeFileServer.StartAsync();
        _demo = await DemoUniversityBot.StartAsync(azurite);
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
        await _files.DisposeAsync();
    }

    [Fact]
    public async Task A_committee_member_leaving_the_committee_loses_their_copy_and_is_told_while_the_rest_of_the_committee_keeps_it()
    {
        await SubmitZhangWeisMeasuresAsync();

        await ImportBranchAsync(branch => branch.Select(p => p.Number == ChenJing ? p with { Positions = [] } : p));

        var version = (await MeasuresAsync()).Latest!;
        Assert.Equal(MeasureStatus.AwaitingReview, version.Status);
        Assert.Equal([LiNa], version.Reviewers);
        var rows = await RowsAsync();
        Assert.Single(rows, r => r.GetString("Kind") == "Event" && r.GetString("EventKind") == "Rerouted" && r.GetString("By") == WangFang);
        Assert.Contains(rows, r => IsNotice(r, $"ReviewCopy|{ChenJing}|closed-") && r.GetString("ReplacesRowKey") == $"notice|v0001|ReviewCopy|{ChenJing}");
        Assert.Contains(rows, r => IsNotice(r, "ReroutedToOldReviewer") && r.RowKey.EndsWith(ChenJing, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => IsNotice(r, "ReroutedToAuthor"));

        var refused = await _demo.SendAsync(Decision(_demo.Persona("chenjing", "陈静"), ZhangWei));
        Assert.Equal(MeasureStatus.AwaitingReview, (await MeasuresAsync()).Latest!.Status);
        Assert.NotEmpty(refused);
    }

    [Fact]
    public async Task A_committee_left_empty_sends_the_submission_to_the_office_to_assign_and_tells_the_author_and_the_old_reviewers()
    {
        await SubmitZhangWeisMeasuresAsync();

        // 李娜 is missing from the branch's file (deactivated), 陈静 stays but leaves the committee.
        await ImportBranchAsync(branch => branch.Where(p => p.Number != LiNa).Select(p => p.Number == ChenJing ? p with { Positions = [] } : p));

        var version = (await MeasuresAsync()).Latest!;
        Assert.Equal(MeasureStatus.AwaitingAssignment, version.Status);
        Assert.Empty(version.Reviewers);
        var rows = await RowsAsync();
        Assert.Contains(rows, r => IsNotice(r, "ReroutedToAuthor") && r.RowKey.EndsWith(ZhangWei, StringComparison.Ordinal));
        Assert.Contains(rows, r => IsNotice(r, $"OfficeCopy|{WangFang}"));
        foreach (var old in new[] { LiNa, ChenJing })
        {
            Assert.Contains(rows, r => IsNotice(r, $"ReviewCopy|{old}|closed-"));
            Assert.Contains(rows, r => IsNotice(r, "ReroutedToOldReviewer") && r.RowKey.EndsWith(old, StringComparison.Ordinal));
        }

        // The author's notice names the office, in the author's language.
        var toAuthor = OutboxEntities.FromEntity(TableMeasureRepository.TableName, rows.Single(r => IsNotice(r, "ReroutedToAuthor"))).Message.Text;
        Assert.Equal(CardText.Format(UserLanguage.ZhCn, "Review_Notice_ReroutedAuthorToOffice", 1), toAuthor);
    }

    [Fact]
    public async Task Importing_the_same_roster_again_reroutes_nothing_more()
    {
        await SubmitZhangWeisMeasuresAsync();
        await ImportBranchAsync(branch => branch.Select(p => p.Number == ChenJing ? p with { Positions = [] } : p));
        var before = await RowsAsync();

        await ImportBranchAsync(branch => branch);

        var after = await RowsAsync();
        Assert.Equal(before.Count, after.Count);
        Assert.Single(after, r => r.GetString("Kind") == "Event" && r.GetString("EventKind") == "Rerouted");
    }

    private async Task SubmitZhangWeisMeasuresAsync()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        foreach (var (account, name) in new[] { ("lina", "李娜"), ("chenjing", "陈静"), ("wangfang", "王芳") })
        {
            await _demo.SendAsync(_demo.Persona(account, name).Message("你好"));
        }

        foreach (var answer in new[] { "新建整改措施", "纪律", "自我剖析", "请假手续不全", "严格履行请假手续", "立即整改", "2026-12-20", "否", "严格遵守纪律", "跳过", "提交" })
        {
            await _demo.SendAsync(zhangWei.Message(answer));
        }

        Assert.Equal([LiNa, ChenJing], (await MeasuresAsync()).Latest!.Reviewers.Order(StringComparer.Ordinal));
    }

    /// <summary>The office (王芳) sends the branch's people, as changed by <paramref name="change"/>, as an .xlsx in chat.</summary>
    private async Task ImportBranchAsync(Func<IEnumerable<Person>, IEnumerable<Person>> change)
    {
        var current = await new TableRosterRepository(_demo.Tables).LoadCurrentAsync();
        var branch = current.People.Where(p => p.Active && p.PartyUnitCode == DemoRoster.ComputingStaffBranch3);
        var url = _files.Serve(RosterFiles.PeopleXlsx(change(branch)));
        var replies = await _demo.SendAsync(_demo.Persona("wangfang", "王芳").FileMessage("", "教工第三党支部名册.xlsx", url));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "RosterImportCard_Title"), DemoUniversityBot.Readable(replies), StringComparison.Ordinal);
    }

    private Task<MemberMeasures> MeasuresAsync() => new TableMeasureRepository(_demo.Tables).LoadAsync(ZhangWei);

    private async Task<List<TableEntity>> RowsAsync()
    {
        var table = await _demo.Tables.GetTableAsync(TableMeasureRepository.TableName);
        return await table.QueryAsync<TableEntity>(r => r.PartitionKey == ZhangWei).ToListAsync();
    }

    private static bool IsNotice(TableEntity row, string keyPart) =>
        row.GetString("Kind") == "Outbox" && row.RowKey.Contains(keyPart, StringComparison.Ordinal);

    private static JsonObject Decision(TeamsActivities reviewer, string author)
    {
        var activity = reviewer.Message("");
        activity.Remove("text");
        activity["value"] = new JsonObject { ["verb"] = "review-approve", ["author"] = author, ["version"] = "1" };
        return activity;
    }
}
