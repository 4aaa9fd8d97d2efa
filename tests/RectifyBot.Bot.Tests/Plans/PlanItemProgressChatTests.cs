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
using RectifyBot.Core.Supervision;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.Supervision;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Plans;

/// <summary>
/// An accepted plan item's responsible person opens its ledger entry card and marks it done through the built bot, with
/// the same card and verbs as a measure's entry; someone else is told there is no such entry. The item is reachable from
/// what the person sees: "我的整改措施" lists it under "我负责的整改方案事项", and a reminder of it in "督办提醒" has its own
/// button, each opening the same progress card.
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

    [Fact]
    public async Task The_responsible_person_finds_the_plan_item_in_my_measures_and_its_button_opens_the_progress_card()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(zhangWei.Message("我的整改措施")));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Measure_MyPlanItemsHeading"), DemoUniversityBot.Readable(card), StringComparison.Ordinal);
        Assert.Contains("计算机学院党委 · " + Problem, DemoUniversityBot.Readable(card), StringComparison.Ordinal);

        var (status, opened) = await _demo.InvokeAsync(zhangWei.CardAction(MeasureActions.LedgerOpenVerb, ButtonData(card, MeasureActions.LedgerOpenVerb, _entryId)));

        Assert.Equal(HttpStatusCode.OK, status);
        var entryCard = DemoUniversityBot.Readable(opened!["value"]!.AsObject());
        Assert.Contains(Problem, entryCard, StringComparison.Ordinal);
        Assert.Contains(LedgerEntryCard.NoteField, entryCard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_responsible_for_the_item_does_not_see_it_in_my_measures()
    {
        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(_demo.Persona("lina", "李娜", "en-US").Message("my measures"))));

        Assert.DoesNotContain(Problem, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardText.Get(UserLanguage.En, "Measure_MyPlanItemsHeading"), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_of_the_plan_item_in_my_reminders_has_a_button_that_opens_its_progress_card()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var reminded = new Obligation
        {
            Kind = ObligationKinds.LedgerDeadline,
            SubjectId = _entryId,
            OwnerNumbers = ["200022"],
            DueDate = today.AddDays(10),
            Schedule = ReminderSchedule.Deadline,
            Title = Problem,
        };
        Assert.True(await new TableReminderLog(_demo.Tables).RecordAsync("200022", today.AddDays(-1), 0,
            [new ReminderItem(reminded, new Occasion(today.AddDays(-1), ReminderKind.DueSoon), "200022")], null));
        var zhangWei = _demo.Persona("zhangwei", "张伟", "en-US");

        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(zhangWei.Message("my reminders")));
        var (status, opened) = await _demo.InvokeAsync(zhangWei.CardAction(MeasureActions.LedgerOpenVerb, ButtonData(card, MeasureActions.LedgerOpenVerb, _entryId)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Problem, DemoUniversityBot.Readable(opened!["value"]!.AsObject()), StringComparison.Ordinal);
    }

    /// <summary>The data of the card's Action.Execute with <paramref name="verb"/> for <paramref name="entryId"/> (the button the person presses).</summary>
    private static JsonObject ButtonData(JsonNode card, string verb, string entryId)
    {
        var found = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if ((string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb && (string?)o["data"]?[MeasureActions.EntryKey] == entryId)
                    {
                        found.Add(o["data"]!.DeepClone().AsObject());
                    }

                    foreach (var child in o)
                    {
                        Walk(child.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(card);
        return Assert.Single(found);
    }
}
