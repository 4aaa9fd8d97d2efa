using System.Net;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Supervision;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Supervision;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Supervision;

/// <summary>
/// "督办提醒" / "my reminders" and the digest's "see all" button through the built bot: 张伟 was reminded of an overdue
/// entry and sees it with its reminder; 李娜, reminded of nothing, is told nothing needs chasing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MyRemindersChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        var today = ChinaTime.Today(TimeProvider.System);
        var entry = new LedgerEntry
        {
            Id = LedgerEntry.MeasureEntryId("200022", 1, 0),
            Source = LedgerSource.Measure,
            OwnerNumber = "200022",
            UnitCode = DemoRoster.ComputingStaffBranch3,
            ResponsiblePersonNumber = "200022",
            ApprovedByNumber = "200020",
            Deadline = today.AddDays(-2),
            Handling = HandlingKind.FixNow,
            Area = ProblemArea.Discipline,
            Problem = "请假手续不全",
            Measures = "严格履行请假手续",
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-30),
        };
        Assert.True(await new TableMeasureRepository(_demo.Tables).SaveAsync(new MeasureChange { AuthorNumber = "200022", Entries = [entry] }));
        var reminded = new Obligation
        {
            Kind = ObligationKinds.LedgerDeadline,
            SubjectId = entry.Id,
            OwnerNumbers = ["200022"],
            DueDate = entry.Deadline,
            Schedule = ReminderSchedule.Deadline,
            Title = entry.Problem,
        };
        Assert.True(await new TableReminderLog(_demo.Tables).RecordAsync("200022", today.AddDays(-1), 0,
            [new ReminderItem(reminded, new Occasion(today.AddDays(-1), ReminderKind.Overdue), "200022")], null));
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_member_types_督办提醒_and_sees_the_overdue_entry_he_was_reminded_of()
    {
        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(_demo.Persona("zhangwei", "张伟").Message("督办提醒"))));

        Assert.Contains("我的督办事项", card, StringComparison.Ordinal);
        Assert.Contains("请假手续不全", card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardText.Get(UserLanguage.ZhCn, "Supervision_NoneOpen"), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_see_all_button_answers_in_English_with_the_same_list()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟", "en-US");

        var (status, body) = await _demo.InvokeAsync(zhangWei.CardAction(DigestCard.ShowAllVerb, []));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = DemoUniversityBot.Readable(body!["value"]!.AsObject());
        Assert.Contains("My open obligations", card, StringComparison.Ordinal);
        Assert.Contains("请假手续不全", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_reminded_of_nothing_is_told_so()
    {
        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(_demo.Persona("lina", "李娜", "en-US").Message("my reminders"))));

        Assert.Contains(CardText.Get(UserLanguage.En, "Supervision_NoneOpen"), card, StringComparison.Ordinal);
    }
}
