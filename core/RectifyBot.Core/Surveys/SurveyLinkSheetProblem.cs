namespace RectifyBot.Core.Surveys;

/// <summary>Why a printable sheet of one-time links could not be made.</summary>
public enum SurveyLinkSheetProblem
{
    NotFound,
    NotAllowed,
    WindowClosed,

    /// <summary>The survey has no one to reach by link (everyone is on Teams, no service-recipient links).</summary>
    NoLinks,

    /// <summary>A link was already answered: new links would let that person answer twice, so the sheet printed before stands.</summary>
    LinksInUse,
}
