using RectifyBot.Core.Meetings;
using RectifyBot.Storage.Meetings;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Meetings;

[Collection(AzuriteCollection.Name)]
public sealed class TableMeetingRepositoryTests(AzuriteFixture azurite)
{
    private static Meeting Meeting(string id, string unit, DateOnly date, string summary) => new()
    {
        Id = id,
        UnitCode = unit,
        Kind = MeetingKind.DemocraticLifeMeeting,
        Date = date,
        AttendeeNumbers = ["200001", "200002"],
        Summary = summary,
        RecordedByNumber = "200001",
        RecordedAt = new DateTimeOffset(2026, 12, 5, 2, 30, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task A_unit_s_meetings_load_back_oldest_first_with_who_and_when_and_nothing_of_another_unit()
    {
        var repository = new TableMeetingRepository(StorageTestTables.Create(azurite));
        var later = Meeting("b", "HP-JSJ", new(2026, 12, 5), new string('纪', MeetingLimits.Summary));
        var earlier = Meeting("a", "HP-JSJ", new(2026, 12, 1), "第一次") with { Kind = MeetingKind.GuidanceVisit, VisitorNumber = "100002", AttendeeNumbers = [] };

        Assert.True(await repository.AddAsync(later));
        Assert.True(await repository.AddAsync(earlier));
        Assert.True(await repository.AddAsync(Meeting("c", "HP-WX", new(2026, 12, 2), "文学院")));

        var loaded = await repository.ListAsync("HP-JSJ");
        Assert.Equal(2, loaded.Count);
        Assert.Equivalent(earlier, loaded[0], strict: true);
        Assert.Equivalent(later, loaded[1], strict: true);
    }

    [Fact]
    public async Task The_same_form_sent_twice_is_one_meeting()
    {
        var repository = new TableMeetingRepository(StorageTestTables.Create(azurite));

        Assert.True(await repository.AddAsync(Meeting("f", "HP-JSJ", new(2026, 12, 1), "第一次")));
        Assert.False(await repository.AddAsync(Meeting("f", "HP-JSJ", new(2026, 12, 1), "又发了一次")));

        Assert.Equal("第一次", Assert.Single(await repository.ListAsync("HP-JSJ")).Summary);
    }
}
