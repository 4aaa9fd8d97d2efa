namespace RectifyBot.Core.Surveys;

/// <summary>Why a reply was not accepted; each has its own message in both languages. Nothing is counted for any of them.</summary>
public enum SurveyReplyProblem
{
    UnknownSurvey,
    NotYetOpen,
    WindowClosed,

    /// <summary>A link whose token is malformed or matches no issued token (forged, mistyped).</summary>
    UnknownToken,

    /// <summary>A link already used once.</summary>
    TokenUsed,

    /// <summary>A Teams respondent who already answered (a double tap lands here).</summary>
    AlreadyAnswered,

    /// <summary>A Teams user who was not drawn for this survey.</summary>
    NotAsked,

    OpinionTooLong,

    /// <summary>Neither a choice nor an opinion.</summary>
    Empty,

    UnknownQuestion,
}
