using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys.Notices;

/// <summary>A message a survey causes, before it is rendered in the recipient's language (<see cref="ISurveyNotices"/>).</summary>
public sealed record SurveyNotice(SurveyNoticeKind Kind, Person Recipient, Survey Survey, SurveyTally Tally)
{
    /// <summary>For <see cref="SurveyNoticeKind.FeedbackOpenedLate"/>: who was asked (the links themselves are not in it).</summary>
    public Plans.Feedback.FeedbackOpening? Opening { get; init; }
}
