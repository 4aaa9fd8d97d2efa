using System.Net;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.StatusReports;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Core.StatusReports;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.StatusReports;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.StatusReports;

/// <summary>
/// 公布整改情况 through the built bot: 计算机学院党委's ledger holds two accepted plan items (one 逐步解决 with its
/// explanation). Its principal leader 黄磊 types the command, sees the summary and publishes it to a scope; a window
/// ending in the past is refused next to the field with what was typed kept; a member is refused; a unit with an empty
/// ledger is told so; the office picks the unit from a list rather than typing its code.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublishStatusChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    internal const string Explained = "实验楼电梯老旧，停运时间长";
    private DemoUniversityBot _demo = null!;
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        _today = ChinaTime.Today(TimeProvider.System);
        await ArrangeLedgerAsync(_demo, _today);
    }

    /// <summary>计算机学院党委's ledger: two accepted plan items of version 1 (the second 逐步解决 with its explanation, <see cref="Explained"/>).</summary>
    internal static async Task ArrangeLedgerAsync(DemoUniversityBot demo, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(demo);
        LedgerEntry Entry(int item, string problem, HandlingKind handling, string? explanation) => new()
        {
            Id = PlanEntries.EntryId(DemoRoster.ComputingCommittee, 1, item),
            Source = LedgerSource.PlanItem,
            OwnerNumber = "200022",
            UnitCode = DemoRoster.ComputingCommittee,
            ResponsiblePersonNumber = "200022",
            ApprovedByNumber = "200001",
            Deadline = today.AddDays(30 + item),
            Handling = handling,
            Area = ProblemArea.Work,
            Problem = problem,
            Measures = "",
            Explanation = explanation,
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-3),
        };
        Assert.True(await new TablePlanRepository(demo.Tables).SaveAsync(new PlanChange
        {
            UnitCode = DemoRoster.ComputingCommittee,
            Entries = [Entry(0, "实验室开放时间不足", HandlingKind.FixNow, null), Entry(1, Explained, HandlingKind.CannotFixYet, "更换电梯需列入明年预算，今年先增加维保频次")],
        }));
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_unit_leader_sees_the_summary_from_the_ledger_and_publishes_it_to_the_members_until_a_day()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");

        var form = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("公布整改情况"))));
        Assert.Contains("公布整改情况：计算机学院党委", form, StringComparison.Ordinal);
        Assert.Contains(Explained, form, StringComparison.Ordinal);
        Assert.Contains("更换电梯需列入明年预算", form, StringComparison.Ordinal);

        var lastDay = _today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (status, body) = await _demo.InvokeAsync(huangLei.CardAction(StatusReportCard.PublishVerb, new JsonObject
        {
            [StatusReportCard.UnitKey] = DemoRoster.ComputingCommittee,
            [StatusReportCard.ScopeField] = nameof(PlanScope.Members),
            [StatusReportCard.LastDayField] = lastDay,
        }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已公布整改情况：计算机学院党委", DemoUniversityBot.Readable(body!["value"]!.AsObject()), StringComparison.Ordinal);
        var report = Assert.Single(await new TableStatusReportRepository(_demo.Tables).ListAsync(DemoRoster.ComputingCommittee));
        Assert.Equal(("200001", StatusReportStatus.Published, PlanScope.Members, _today.AddDays(7)), (report.AuthorNumber, report.Status, report.Publication.Scope, report.Publication.LastDay));
        Assert.Equal((2, 1), (report.Summary.InProgress, report.Summary.Explained.Count));
    }

    [Fact]
    public async Task A_window_ending_in_the_past_is_refused_next_to_the_field_in_English_and_the_choice_is_kept()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊", "en-US");
        var yesterday = _today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (status, body) = await _demo.InvokeAsync(huangLei.CardAction(StatusReportCard.PublishVerb, new JsonObject
        {
            [StatusReportCard.UnitKey] = DemoRoster.ComputingCommittee,
            [StatusReportCard.ScopeField] = nameof(PlanScope.Staff),
            [StatusReportCard.LastDayField] = yesterday,
        }));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = DemoUniversityBot.Readable(body!["value"]!.AsObject());
        Assert.Contains("Publish rectification status", card, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.En, "PlanProblem_WindowInPast"), card, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{yesterday}\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Staff\"", card, StringComparison.Ordinal);
        Assert.Empty(await new TableStatusReportRepository(_demo.Tables).ListAsync(DemoRoster.ComputingCommittee));
    }

    [Fact]
    public async Task A_member_may_not_publish_and_a_unit_with_nothing_in_its_ledger_is_told_so()
    {
        var member = DemoUniversityBot.TextOf(await _demo.SendAsync(_demo.Persona("zhangwei", "张伟").Message("公布整改情况 " + DemoRoster.ComputingCommittee)));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "StatusResult_NotAllowed"), member, StringComparison.Ordinal);

        var office = _demo.Persona("wangfang", "王芳", "en-US");
        var empty = DemoUniversityBot.TextOf(await _demo.SendAsync(office.Message("publish status " + DemoRoster.LettersCommittee)));
        Assert.Contains(CardText.Get(UserLanguage.En, "StatusResult_NothingInLedger"), empty, StringComparison.Ordinal);

    }

    [Fact]
    public async Task The_office_chooses_the_unit_from_a_type_ahead_list_instead_of_typing_its_code()
    {
        var office = _demo.Persona("wangfang", "王芳");

        var choice = DemoUniversityBot.CardOf(await _demo.SendAsync(office.Message("公布整改情况")));
        var list = DemoUniversityBot.Readable(choice);
        Assert.Contains("\"style\":\"filtered\"", list, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{DemoRoster.LettersCommittee}\"", list, StringComparison.Ordinal);

        var form = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(office.CardSubmit(
            CardForm.Submission(choice, StatusReportCard.PreviewVerb, (StatusReportCard.UnitKey, DemoRoster.ComputingCommittee))))));
        Assert.Contains("公布整改情况：计算机学院党委", form, StringComparison.Ordinal);
        Assert.Contains(Explained, form, StringComparison.Ordinal);
    }
}
