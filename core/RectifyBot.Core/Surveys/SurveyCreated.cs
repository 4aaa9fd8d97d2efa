namespace RectifyBot.Core.Surveys;

/// <summary>The outcome of creating a survey: the survey, who is asked, the links to hand out (never stored in the clear), the shortfalls — or the problem.</summary>
public sealed record SurveyCreated(
    SurveyRequestProblem? Problem,
    Survey? Survey,
    IReadOnlyList<SampledParticipant> Participants,
    IReadOnlyList<IssuedToken> Tokens,
    IReadOnlyDictionary<ParticipantCategory, int> Shortfalls)
{
    public static SurveyCreated Refused(SurveyRequestProblem problem) => new(problem, null, [], [], new Dictionary<ParticipantCategory, int>());
}
