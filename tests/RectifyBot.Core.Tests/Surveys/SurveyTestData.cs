using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

internal static class SurveyTestData
{
    /// <summary>2026-12-01 00:00 CST.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);

    /// <summary>A survey of 计算机学院党委 open 2026-12-01 to 2026-12-07 (CST).</summary>
    public static Survey Survey(string id = "JSJ-20261201-abcdef") => new()
    {
        Id = id,
        UnitCode = "JSJ",
        UnitName = "计算机学院党委",
        Window = SurveyWindow.FromChinaDates(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7)),
        Seed = 1,
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 10, [ParticipantCategory.DemocraticPartyMember] = 3 },
        CreatedByNumber = "L001",
        CreatedAt = Now,
    };
}
