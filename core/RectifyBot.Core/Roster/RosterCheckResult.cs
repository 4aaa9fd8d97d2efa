namespace RectifyBot.Core.Roster;

/// <summary>The roster-health report with the roster it was made from (cards name units and people from it).</summary>
public sealed record RosterCheckResult(Roster Roster, RosterHealthReport Report, DateTimeOffset CheckedAt);
