using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys.Notices;

/// <summary>A message a survey causes, before it is rendered in the recipient's language (<see cref="ISurveyNotices"/>).</summary>
public sealed record SurveyNotice(SurveyNoticeKind Kind, Person Recipient, Survey Survey, SurveyTally Tally);
