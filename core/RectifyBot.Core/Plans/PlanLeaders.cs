using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans;

/// <summary>Who receives what a plan transition tells: the parent's leaders for a filing, the office for a decision.</summary>
public static class PlanLeaders
{
    public static IReadOnlyList<Person> Office(Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Holders(Position.OfficeStaff).OrderBy(p => p.Number, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The leaders a filing goes to: the parent's leadership team; the office for the university committee (it collects
    /// the filings) or when the parent has no leader in the roster.
    /// </summary>
    public static IReadOnlyList<Person> FilingRecipients(string parentUnitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (roster.Unit(parentUnitCode) is not { Kind: not UnitKind.UniversityCommittee })
        {
            return Office(roster);
        }

        var leaders = roster.ActivePeople.Where(p => AccessPolicy.IsUnitLeader(p, parentUnitCode, roster)).OrderBy(p => p.Number, StringComparer.Ordinal).ToList();
        return leaders.Count > 0 ? leaders : Office(roster);
    }
}
