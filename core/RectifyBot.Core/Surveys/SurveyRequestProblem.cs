namespace RectifyBot.Core.Surveys;

/// <summary>Why a survey could not be created.</summary>
public enum SurveyRequestProblem
{
    /// <summary>Only the unit's Party organisation leader or the office may create a unit's survey.</summary>
    NotAllowed,
    UnknownUnit,
    WindowInvalid,
    WindowInThePast,
    NoQuota,
    QuotaTooLarge,
    TooManyQuestions,
    QuestionTooLong,

    /// <summary>Nobody in the roster fits any quota (and no service-recipient links were asked for).</summary>
    NobodyToAsk,
}
