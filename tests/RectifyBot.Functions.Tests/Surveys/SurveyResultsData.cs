using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>Surveys of the demo university with answers held as ingestion holds them.</summary>
internal static class SurveyResultsData
{
    /// <summary>The demo university with everyone bound to Teams (AAD id "aad-{number}").</summary>
    public static async Task SaveBoundDemoRosterAsync(IRosterRepository rosters)
    {
        await rosters.SaveNewVersionAsync(DemoRoster.Create(), "100020", "demo", DateTimeOffset.UtcNow);
        foreach (var person in DemoRoster.People())
        {
            await rosters.BindAsync(person.Number, "aad-" + person.Number);
        }
    }

    public static Survey NewSurvey(string unit, string unitName, SurveyWindow window, int asked) => new()
    {
        Id = unit + "-20261201-" + Guid.NewGuid().ToString("N")[..6],
        UnitCode = unit,
        UnitName = unitName,
        Window = window,
        Seed = 7,
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = asked },
        CreatedByNumber = "200001",
        CreatedAt = DateTimeOffset.UtcNow.AddDays(-10),
    };

    public static async Task AddAnswersAsync(ISurveyRepository surveys, ISurveyBallotBox box, Survey survey, params (SatisfactionChoice? Choice, string? Opinion)[] answers)
    {
        await surveys.AddAsync(survey, [], []);
        foreach (var (choice, opinion) in answers)
        {
            await box.HoldAsync(survey.Id, Guid.NewGuid().ToString("N"), new SurveyAnswer { Category = ParticipantCategory.PartyMember, Choice = choice, Opinion = opinion, Source = ReplySource.Teams });
        }
    }
}
