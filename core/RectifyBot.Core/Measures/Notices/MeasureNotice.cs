using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Measures.Notices;

/// <summary>
/// A message a transition causes, before it is rendered: the host turns it into a localized card or text
/// (<see cref="IMeasureNotices"/>) and it is written as an outbox row in the same transaction as the transition.
/// </summary>
/// <param name="Kind">What it tells.</param>
/// <param name="Recipient">Who gets it (bound to Teams; unbound people see it in their queue when they come).</param>
/// <param name="Author">Whose measures.</param>
/// <param name="Version">The version's state after the transition.</param>
/// <param name="Measures">The member's measures: earlier versions with their comments, and the history including the transition's events.</param>
/// <param name="Roster">The roster in force.</param>
/// <param name="ActorNumber">Who caused it (the reviewer, the office staff member, the author).</param>
/// <param name="Closes">For <see cref="MeasureNoticeKind.CopyClosed"/>: which of the recipient's copies it updates.</param>
public sealed record MeasureNotice(
    MeasureNoticeKind Kind,
    Person Recipient,
    Person Author,
    SubmissionVersion Version,
    MemberMeasures Measures,
    Roster.Roster Roster,
    string ActorNumber,
    MeasureNoticeKind? Closes = null);
