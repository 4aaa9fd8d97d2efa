using RectifyBot.Core.Reviews;

namespace RectifyBot.Core.Roster;

/// <summary>The roster-health report (issue 3, DOMAIN.md §6): a pure function of the roster, the office's flags and overrides.</summary>
public static class RosterHealth
{
    public static RosterHealthReport Check(
        Roster roster,
        RosterHealthOptions options,
        IReadOnlyCollection<WeakBranchFlag>? weakBranches = null,
        IReadOnlyCollection<RouteOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(options);
        var branches = roster.Units.Where(u => u.Kind == UnitKind.Branch).Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
        return new RosterHealthReport
        {
            BranchesWithoutSecretary = branches.Where(b => !roster.Holders(Position.BranchSecretary, b).Any()).ToList(),
            BranchesWithoutCommittee = branches
                .Where(b => !roster.Holders(Position.BranchSecretary, b).Any() && !roster.Holders(Position.BranchCommitteeMember, b).Any())
                .ToList(),
            SeniorClassesWithoutBranch = SeniorClassesWithoutBranch(roster, options),
            RoutingFallbacks = RoutingFallbacks(roster, overrides ?? []),
            WeakBranches = (weakBranches ?? []).OrderBy(f => f.UnitCode, StringComparer.Ordinal).ThenBy(f => f.FlaggedAt).ToList(),
        };
    }

    private static List<SeniorClassWithoutBranch> SeniorClassesWithoutBranch(Roster roster, RosterHealthOptions options)
    {
        var classesWithBranch = roster.Units.Where(u => u.IsClassBranch && u.ClassName is not null)
            .Select(u => u.ClassName!).ToHashSet(StringComparer.Ordinal);
        return roster.ActivePeople
            .Where(p => p is { PartyStatus: PartyStatus.Full, StudentLevel: StudentLevel.Undergraduate, ClassName: not null }
                && p.Year >= options.SeniorYear)
            .GroupBy(p => p.ClassName!, StringComparer.Ordinal)
            .Where(g => g.Count() >= options.ClassBranchFullMembers && !classesWithBranch.Contains(g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SeniorClassWithoutBranch(g.Key, g.Select(p => p.Number).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private static List<UnitRoutingFallback> RoutingFallbacks(Roster roster, IReadOnlyCollection<RouteOverride> overrides)
    {
        var overrideFor = overrides.GroupBy(o => o.AuthorNumber, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return roster.ActivePeople
            .Where(p => p.IsMember)
            .Select(p => (Person: p, Route: ReviewRouter.RouteFor(p, roster, overrideFor.GetValueOrDefault(p.Number))))
            .Where(x => x.Route.Fallback is not null)
            .GroupBy(x => (x.Route.Fallback!.UnitCode, x.Route.Fallback.Reason))
            .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal).ThenBy(g => g.Key.Reason)
            .Select(g => new UnitRoutingFallback(g.Key.UnitCode, g.Key.Reason, g.Select(x => x.Person.Number).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
