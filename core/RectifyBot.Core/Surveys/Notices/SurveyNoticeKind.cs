namespace RectifyBot.Core.Surveys.Notices;

/// <summary>What a survey tells someone through the outbox.</summary>
public enum SurveyNoticeKind
{
    /// <summary>To the unit's leadership team and the office: most were dissatisfied; the unit redoes the work (补课).</summary>
    RedoFlagged,

    /// <summary>To the office: too few decisive answers for a verdict; the office decides what follows.</summary>
    InsufficientResponse,

    /// <summary>To everyone in the surveyed scope: the published results and opinions.</summary>
    Published,
}
