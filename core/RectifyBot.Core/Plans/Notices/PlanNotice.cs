using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans.Notices;

/// <summary>
/// A message a plan transition causes, before it is rendered in the recipient's language
/// (<see cref="IPlanNotices"/>); written as an outbox row in the same transaction as the transition.
/// </summary>
/// <param name="Kind">What it tells.</param>
/// <param name="Recipient">Who gets it.</param>
/// <param name="Version">The version's state after the transition.</param>
/// <param name="Roster">The roster in force (unit and people's names).</param>
/// <param name="ActorNumber">Who caused it.</param>
/// <param name="Opinions">For a revision: the opinions the window collected (anonymous text).</param>
public sealed record PlanNotice(
    PlanNoticeKind Kind,
    Person Recipient,
    PlanVersion Version,
    Roster.Roster Roster,
    string ActorNumber,
    IReadOnlyList<string>? Opinions = null);
