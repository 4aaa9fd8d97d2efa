namespace RectifyBot.Core.Surveys;

/// <summary>
/// An accepted reply on its way to ingestion (the queue message). It names the survey and a ballot id — random for
/// a Teams reply, the token's hash for a link — so a redelivered message is counted once; it never names a person.
/// </summary>
public sealed record SurveyReply
{
    public required string SurveyId { get; init; }

    public required string BallotId { get; init; }

    public required SurveyAnswer Answer { get; init; }
}
