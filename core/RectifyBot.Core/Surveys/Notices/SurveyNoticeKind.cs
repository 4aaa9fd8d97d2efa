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

    /// <summary>
    /// To whoever published a plan or status report whose feedback window the daily run opened (their turn ended
    /// between saving and asking): who was asked, and the command that prints the one-time links nobody has seen.
    /// </summary>
    FeedbackOpenedLate,
}
