using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// The office's view (DOMAIN.md §6): every secondary committee and general branch with its five mechanisms, which it
/// still lacks (not 已建立), and the counts by mechanism.
/// </summary>
public sealed record MechanismOverview(DateOnly Today, IReadOnlyList<MechanismOverviewRow> Units)
{
    /// <summary>The committees and general branches of the roster, each with what is recorded for it.</summary>
    public static MechanismOverview Of(DateOnly today, Roster.Roster roster, IEnumerable<Mechanism> recorded)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(recorded);
        var byUnit = recorded.ToLookup(m => m.UnitCode, StringComparer.Ordinal);
        return new MechanismOverview(today, [.. roster.Units.Where(u => u.IsPartyCommitteeLevel).OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new MechanismOverviewRow(u, new UnitMechanisms(u.Code, [.. byUnit[u.Code]], [])))]);
    }

    /// <summary>How many units have not established the mechanism.</summary>
    public int MissingCount(MechanismKind kind) => Units.Count(u => u.Mechanisms.Missing.Contains(kind));

    /// <summary>Units that lack at least one mechanism.</summary>
    public IReadOnlyList<MechanismOverviewRow> Incomplete => [.. Units.Where(u => u.Mechanisms.Missing.Count > 0)];
}

/// <summary>One unit of the overview.</summary>
public sealed record MechanismOverviewRow(OrganisationUnit Unit, UnitMechanisms Mechanisms);
