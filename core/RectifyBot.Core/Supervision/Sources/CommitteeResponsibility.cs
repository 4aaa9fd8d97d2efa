using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Who answers for what a secondary committee or general branch owes (its long-term mechanisms, its branches'
/// building): its principal leaders, the office when it has none in the roster; and who hears when it is late — the
/// parent's leaders, the office for units under the university committee (as filings go).
/// </summary>
public static class CommitteeResponsibility
{
    public static IReadOnlyList<string> Owners(string committeeCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var leaders = roster.Holders(Position.PrincipalLeader, committeeCode).Select(p => p.Number).Order(StringComparer.Ordinal).ToList();
        return leaders.Count > 0 ? leaders : [.. PlanLeaders.Office(roster).Select(p => p.Number)];
    }

    /// <summary>The parent's filing recipients, the owners left out; none for a unit without a parent.</summary>
    public static IReadOnlyList<string> Escalation(string committeeCode, IReadOnlyList<string> owners, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return roster.Unit(committeeCode)?.ParentCode is { } parent
            ? [.. PlanLeaders.FilingRecipients(parent, roster).Select(p => p.Number).Except(owners, StringComparer.Ordinal)]
            : [];
    }
}
