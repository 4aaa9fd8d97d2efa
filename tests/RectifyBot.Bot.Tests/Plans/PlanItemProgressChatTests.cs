using System.Net;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Plans;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Plans;

/// <summary>
/// An accepted plan item's responsible person opens its ledger entry card and marks it done through the built bot, with
/// the same card and verbs as a measure's entry; someone else is told there is no such entry.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanItemProgressChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Problem = "实验室开放时间不足";
    private DemoUniversityBot _demo = null!;
    private string _entryId = "";

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        var today = ChinaTime.Today(TimeProvider.System);
        _entryId = PlanEntries.EntryId(DemoRoster.ComputingCommittee, 1, 0);
        var entry = new LedgerEntry
        {
            Id = _entryId,
            Source = LedgerSource.PlanItem,
            OwnerNumber = "200022",
            UnitCode = DemoRoster.ComputingCommittee,
            ResponsiblePersonNumber = "200022",
            ApprovedByNumber = "200020",
            Deadline = today.AddDays(10),
            Handling = HandlingKind.FixNow,
            Area = ProblemArea.Work,
            Problem = Problem,
            Measures = "",
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-3),
        };
        Assert.True(await new TablePlanRepository(_demo.Tables).SaveAsync(new PlanChange { UnitCode = DemoRoster.ComputingCommittee, Entries = [entry] }));
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_responsible_person_opens_a_plan_items_entry_card_and_marks_it_done_and_someone_else_is_refused()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var (openStatus, opened) = await _demo.InvokeAsync(zhangWei.CardAction(MeasureActions.LedgerOpenVerb, new JsonObject { [MeasureActions.EntryKey] = _entryId }));
        Assert.Equal(HttpStatusCode.OK, openStatus);
        Assert.Contains(Problem, DemoUniversityBot.Readable(opened!["value"]!.AsObject()), StringComparison.Ordinal);

        var (_, refused) = await _demo.InvokeAsync(_demo.Persona("lina", "李娜").CardAction(
            MeasureActions.LedgerDoneVerb, new JsonObject { [MeasureActions.EntryKey] = _entryId, [LedgerEntryCard.NoteField] = "不是我的" }));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Ledger_NotFound"), refused!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);

        var (doneStatus, _) = await _demo.InvokeAsync(zhangWei.CardAction(
            MeasureActions.LedgerDoneVerb, new JsonObject { [MeasureActions.EntryKey] = _entryId, [LedgerEntryCard.NoteField] = "已延长开放时间" }));
        Assert.Equal(HttpStatusCode.OK, doneStatus);

        var entry = Assert.Single((await new TablePlanRepository(_demo.Tables).LoadAsync(DemoRoster.ComputingCommittee)).Entries);
        Assert.Equal(LedgerEntryStatus.Done, entry.Status);
        Assert.Equal(("200022", "已延长开放时间"), (Assert.Single(entry.Progress).ByNumber, entry.Progress[0].Text));
    }
}
