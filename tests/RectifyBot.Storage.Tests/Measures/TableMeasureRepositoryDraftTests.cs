using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Roster;
using RectifyBot.Storage.Stages;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Measures;

/// <summary>
/// A draft edited on two devices at once, on Azurite: saves are conditional on the draft header's ETag in one
/// transaction with its problem rows, so of two saves based on the same revision exactly one is written and the other
/// is told, with what is stored now; nothing the first wrote is overwritten or deleted.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableMeasureRepositoryDraftTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);

    private readonly TableMeasureRepository _measures = new(StorageTestTables.Create(azurite));

    [Fact]
    public async Task Of_two_saves_based_on_the_same_revision_exactly_one_is_written_and_the_other_gets_the_stored_draft()
    {
        var read = await SavedAsync(Draft("200022", Problem("开会时常迟到")));

        var saves = await Task.WhenAll(
            _measures.SaveDraftAsync(read with { Problems = [Problem("开会时常迟到，桌面端补充")] }),
            _measures.SaveDraftAsync(read with { Problems = [Problem("开会时常迟到，手机端补充")] }));

        var saved = Assert.IsType<DraftSave.Saved>(Assert.Single(saves, s => s is DraftSave.Saved));
        var conflict = Assert.IsType<DraftSave.Conflict>(Assert.Single(saves, s => s is DraftSave.Conflict));
        Assert.Equal(read.Revision + 1, saved.Draft.Revision);
        Assert.Equal(saved.Draft.Problems[0].Description, conflict.Current!.Problems[0].Description);
        Assert.Equal(saved.Draft.Revision, conflict.Current.Revision);
        var stored = await _measures.FindDraftAsync("200022");
        Assert.Equal(saved.Draft.Problems[0].Description, stored!.Problems[0].Description);
        Assert.Equal(saved.Draft.ETag, stored.ETag);
    }

    [Fact]
    public async Task A_stale_save_that_removes_a_problem_deletes_nothing_the_newer_save_wrote()
    {
        var read = await SavedAsync(Draft("200023", Problem("第一个问题"), Problem("第二个问题")));
        var newer = await SavedAsync(read with { Problems = [read.Problems[0], Problem("第二个问题，已补充")] });

        var stale = await _measures.SaveDraftAsync(read with { Problems = [read.Problems[0]] });

        Assert.Equal(newer.Revision, Assert.IsType<DraftSave.Conflict>(stale).Current!.Revision);
        var stored = await _measures.FindDraftAsync("200023");
        Assert.Equal(["第一个问题", "第二个问题，已补充"], stored!.Problems.Select(p => p.Description));
    }

    [Fact]
    public async Task Two_devices_starting_a_draft_at_once_keep_the_first_one()
    {
        var first = await SavedAsync(Draft("200024", Problem("桌面端先建的草稿")));

        var second = await _measures.SaveDraftAsync(Draft("200024", Problem("手机端后建的草稿")));

        Assert.Equal(first.Revision, Assert.IsType<DraftSave.Conflict>(second).Current!.Revision);
        Assert.Equal("桌面端先建的草稿", (await _measures.FindDraftAsync("200024"))!.Problems[0].Description);
    }

    [Fact]
    public async Task Drafting_refuses_an_answer_from_a_card_of_an_older_revision_and_keeps_the_newer_answer()
    {
        var tables = StorageTestTables.Create(azurite);
        var rosters = new TableRosterRepository(tables);
        var time = new FakeTimeProvider(Now);
        await DemoRosterSeeder.SeedIfEmptyAsync(rosters, time);
        var drafting = new MeasureDrafting(new TableMeasureRepository(tables), new TableStageCalendarRepository(tables), rosters, time);
        var zhangWei = (await rosters.LoadCurrentAsync()).Person("200022")!;
        var started = await drafting.StartAsync(zhangWei);
        var card = started.Draft!.Revision;

        var desktop = await drafting.AnswerAsync(zhangWei, "作风", card, DraftStep.Area);
        var phone = await drafting.AnswerAsync(zhangWei, "纪律", card, DraftStep.Area);

        Assert.Equal(DraftStep.Source, desktop.Draft!.Step);
        Assert.Equal(DraftTurnKind.Conflict, phone.Kind);
        Assert.Equal("Draft_Conflict", phone.Notice!.Key);
        Assert.Equal(ProblemArea.Style, phone.Draft!.Problems[0].Area);
        Assert.Equal(ProblemArea.Style, (await new TableMeasureRepository(tables).FindDraftAsync("200022"))!.Problems[0].Area);
    }

    private async Task<MeasureDraft> SavedAsync(MeasureDraft draft) =>
        Assert.IsType<DraftSave.Saved>(await _measures.SaveDraftAsync(draft)).Draft;

    private static MeasureDraft Draft(string author, params ProblemDraft[] problems) => new()
    {
        AuthorNumber = author,
        Problems = problems,
        Step = DraftStep.Preview,
        StartedAt = Now,
        UpdatedAt = Now,
    };

    private static ProblemDraft Problem(string description) => ProblemDraft.Empty with
    {
        Area = ProblemArea.Style,
        Source = ProblemSource.MassesOpinion,
        Description = description,
        Measures = "提前十分钟到会场",
        Handling = HandlingKind.FixNow,
        Deadline = new DateOnly(2026, 12, 31),
    };
}
