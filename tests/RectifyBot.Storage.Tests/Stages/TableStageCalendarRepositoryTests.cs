using RectifyBot.Core.Stages;
using RectifyBot.Storage.Stages;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Stages;

[Collection(AzuriteCollection.Name)]
public sealed class TableStageCalendarRepositoryTests(AzuriteFixture azurite)
{
    private static readonly StageCalendar University = new(new(2026, 3, 1), new(2026, 3, 20), new(2026, 4, 30), new(2026, 7, 15));

    [Fact]
    public async Task Nothing_is_set_before_the_office_sets_the_dates()
    {
        var repository = new TableStageCalendarRepository(StorageTestTables.Create(azurite));

        var calendars = await repository.LoadAsync();

        Assert.Null(calendars.University);
        Assert.Empty(calendars.Committees);
    }

    [Fact]
    public async Task The_university_and_committee_calendars_load_back_with_who_set_them_and_when()
    {
        var repository = new TableStageCalendarRepository(StorageTestTables.Create(azurite));
        var university = new StageCalendarEntry(null, University, "100020", new DateTimeOffset(2026, 2, 20, 1, 0, 0, TimeSpan.Zero));
        var committee = new StageCalendarEntry("HP-JSJ", University with { SubmissionDeadline = new(2026, 3, 15) }, "200001", new DateTimeOffset(2026, 2, 22, 1, 0, 0, TimeSpan.Zero));

        await repository.SaveAsync(university);
        await repository.SaveAsync(committee);
        var calendars = await repository.LoadAsync();

        Assert.Equal(university, calendars.University);
        Assert.Equal([committee], calendars.Committees);
    }

    [Fact]
    public async Task Setting_the_dates_again_replaces_them_and_keeps_the_earlier_ones_in_the_history()
    {
        var repository = new TableStageCalendarRepository(StorageTestTables.Create(azurite));
        var first = new StageCalendarEntry(null, University, "100020", new DateTimeOffset(2026, 2, 20, 1, 0, 0, TimeSpan.Zero));
        var second = new StageCalendarEntry(null, University with { StageEnd = new(2026, 5, 10) }, "100021", new DateTimeOffset(2026, 2, 21, 1, 0, 0, TimeSpan.Zero));
        var committee = new StageCalendarEntry("HP-WX", University, "300001", new DateTimeOffset(2026, 2, 22, 1, 0, 0, TimeSpan.Zero));

        await repository.SaveAsync(first);
        await repository.SaveAsync(second);
        await repository.SaveAsync(committee);

        Assert.Equal(second, (await repository.LoadAsync()).University);
        Assert.Equal([first, second], await repository.HistoryAsync(null));
        Assert.Equal([committee], await repository.HistoryAsync("HP-WX"));
    }
}
