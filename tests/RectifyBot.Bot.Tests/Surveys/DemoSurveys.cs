using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>Surveys of the demo university's 计算机学院党委 (organised by 黄磊, 200001) for the chat tests.</summary>
internal static class DemoSurveys
{
    public static Survey Computing(SurveyWindow window, Dictionary<ParticipantCategory, int> asked) => new()
    {
        Id = DemoRoster.ComputingCommittee + "-20261201-" + Guid.NewGuid().ToString("N")[..6],
        UnitCode = DemoRoster.ComputingCommittee,
        UnitName = "计算机学院党委",
        Window = window,
        Seed = 5,
        AskedCounts = asked,
        CreatedByNumber = "200001",
        CreatedAt = DateTimeOffset.UtcNow.AddDays(-9),
    };

    public static SurveyWindow OpenForAWeek => new(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(6));
}
