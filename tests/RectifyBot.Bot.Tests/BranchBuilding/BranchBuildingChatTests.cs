using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.BranchBuilding;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.BranchBuilding;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.BranchBuilding;

/// <summary>
/// Branch building through the built bot with the demo university: the office sees every open item — 文学院研究生党支部
/// without a committee, class 计科2202 without its class branch, a branch it flags weak — and records the weak branch
/// as reorganised (an empty note refused under its field); 计算机学院党委's leader sees only his committee's items; a
/// branch secretary records a best Party-day activity (a future date and an empty description refused by field, the
/// title kept); a plain member may not.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BranchBuildingChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_office_sees_every_open_item_and_records_a_weak_branch_as_reorganised_and_a_committee_leader_sees_his_own()
    {
        var wangFang = _demo.Persona("wangfang", "王芳");
        await _demo.SendAsync(wangFang.Message("标记软弱涣散 HP-JG-B2 组织生活长期不正常"));

        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("支部建设")));
        var text = DemoUniversityBot.Readable(card);
        Assert.Contains("支部无支委 · 文学院研究生党支部", text, StringComparison.Ordinal);
        Assert.Contains("应建班级党支部 · 计科2202", text, StringComparison.Ordinal);
        Assert.Contains("软弱涣散，待整顿 · 机关第二党支部", text, StringComparison.Ordinal);
        Assert.Contains("负责：计算机学院党委（黄磊）", text, StringComparison.Ordinal);

        var refused = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(card, BranchBuildingCard.ResolveVerb, (BranchBuildingCard.NoteField, "  ")))));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "BranchBuilding_Problem_Note_Required"), DemoUniversityBot.Readable(refused), StringComparison.Ordinal);
        var done = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(
            refused, BranchBuildingCard.ResolveVerb, (BranchBuildingCard.NoteField, "支委会已改选，组织生活恢复正常"))))));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "BranchBuilding_Resolved", "机关第二党支部"), done, StringComparison.Ordinal);
        Assert.DoesNotContain("软弱涣散，待整顿 · 机关第二党支部", done, StringComparison.Ordinal);
        var resolution = Assert.Single(await new TableBranchBuildingRepository(_demo.Tables).ListResolutionsAsync());
        Assert.Equal((DemoRoster.OfficesBranch2, "100020", "支委会已改选，组织生活恢复正常"), (resolution.UnitCode, resolution.ResolvedBy, resolution.Note));

        var huangLei = _demo.Persona("huanglei", "黄磊", "en-US");
        var his = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("branch building"))));
        Assert.Contains("Class that should have a class branch · 计科2202", his, StringComparison.Ordinal);
        Assert.DoesNotContain("文学院", his, StringComparison.Ordinal);
        Assert.DoesNotContain(BranchBuildingCard.ResolveVerb, his, StringComparison.Ordinal);
        var notOffice = await _demo.SendAsync(huangLei.CardSubmit(new JsonObject { ["verb"] = BranchBuildingCard.ResolveVerb, [BranchBuildingCard.BranchField] = DemoRoster.OfficesBranch2, [BranchBuildingCard.NoteField] = "好了" }));
        Assert.Equal(CardText.Get(UserLanguage.En, "Reply_OfficeOnly"), (string?)notOffice.Single()!["text"]);
    }

    [Fact]
    public async Task A_branch_secretary_records_a_best_party_day_activity_bad_input_is_refused_by_field_and_a_member_may_not()
    {
        var liNa = _demo.Persona("lina", "李娜");
        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(liNa.Message("最佳党日活动")));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PartyDay_NoneYet"), DemoUniversityBot.Readable(card), StringComparison.Ordinal);

        var today = ChinaTime.Today(TimeProvider.System);
        var refused = DemoUniversityBot.CardOf(await _demo.SendAsync(liNa.CardSubmit(CardForm.Submission(card, PartyDayCard.SaveVerb,
            (PartyDayCard.BranchField, DemoRoster.ComputingStaffBranch3), (PartyDayCard.TitleField, "走进社区义务维修电脑"),
            (PartyDayCard.DateField, today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), (PartyDayCard.DescriptionField, "")))));
        var refusedText = DemoUniversityBot.Readable(refused);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PartyDay_Problem_Date_InTheFuture"), refusedText, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PartyDay_Problem_Description_Required"), refusedText, StringComparison.Ordinal);
        Assert.Contains("走进社区义务维修电脑", refusedText, StringComparison.Ordinal);

        var saved = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(liNa.CardSubmit(CardForm.Submission(refused, PartyDayCard.SaveVerb,
            (PartyDayCard.DateField, today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            (PartyDayCard.DescriptionField, "支部党员到社区为居民义务维修电脑 40 余台。"))))));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PartyDay_Saved", "走进社区义务维修电脑"), saved, StringComparison.Ordinal);
        Assert.Contains("记录人：李娜", saved, StringComparison.Ordinal);
        var activity = Assert.Single(await new TableBranchBuildingRepository(_demo.Tables).ListActivitiesAsync(DemoRoster.ComputingStaffBranch3));
        Assert.Equal(("走进社区义务维修电脑", today.AddDays(-2), "200020"), (activity.Title, activity.Date, activity.RecordedBy));

        var zhangWei = _demo.Persona("zhangwei", "张伟");
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "PartyDay_NotAllowed"), (string?)(await _demo.SendAsync(zhangWei.Message("最佳党日活动"))).Single()!["text"]);
        var forged = await _demo.SendAsync(zhangWei.CardSubmit(new JsonObject
        {
            ["verb"] = PartyDayCard.SaveVerb,
            [PartyDayCard.BranchField] = DemoRoster.ComputingStaffBranch3,
            [PartyDayCard.TitleField] = "冒名记录",
            [PartyDayCard.DateField] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [PartyDayCard.DescriptionField] = "不应保存",
        }));
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "PartyDay_NotAllowed"), (string?)forged.Single()!["text"]);
        Assert.Single(await new TableBranchBuildingRepository(_demo.Tables).ListActivitiesAsync(DemoRoster.ComputingStaffBranch3));
    }
}
