using RectifyBot.Core.Roster;
using RectifyBot.Core.Supervision.Sources;

namespace RectifyBot.Core.BranchBuilding;

/// <summary>
/// The open branch-building items (DOMAIN.md §6), a pure function of the roster, the office's weak-branch flags and its
/// resolutions: the roster-health findings a roster import resolves by itself (a branch without a secretary or without
/// a committee, a senior class that should have a class branch) and the weak branches not reorganised since flagged.
/// </summary>
public static class BranchBuildingItems
{
    public static IReadOnlyList<BranchBuildingItem> Of(
        Roster.Roster roster, IReadOnlyCollection<WeakBranchFlag> flags, IReadOnlyCollection<WeakBranchResolution> resolutions, RosterHealthOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(resolutions);
        var report = RosterHealth.Check(roster, options ?? new RosterHealthOptions());
        var items = new List<BranchBuildingItem>();
        void Add(BranchFindingKind kind, string subject, string? unitCode, string? note)
        {
            if (roster.CommitteeOf(unitCode) is { } committee)
            {
                items.Add(new BranchBuildingItem(kind, subject, committee.Code, CommitteeResponsibility.Owners(committee.Code, roster), note));
            }
        }

        foreach (var branch in report.BranchesWithoutCommittee)
        {
            Add(BranchFindingKind.NoCommittee, branch, branch, null);
        }

        foreach (var branch in report.BranchesWithoutSecretary.Except(report.BranchesWithoutCommittee, StringComparer.Ordinal))
        {
            Add(BranchFindingKind.NoSecretary, branch, branch, null);
        }

        foreach (var finding in report.SeniorClassesWithoutBranch)
        {
            Add(BranchFindingKind.ClassWithoutBranch, finding.ClassName, roster.Person(finding.FullMemberNumbers[0])?.PartyUnitCode,
                finding.FullMemberNumbers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var resolvedAt = resolutions.ToDictionary(r => r.UnitCode, r => r.ResolvedAt, StringComparer.Ordinal);
        foreach (var flag in flags.Where(f => roster.Unit(f.UnitCode) is { Kind: UnitKind.Branch }
            && !(resolvedAt.TryGetValue(f.UnitCode, out var at) && at >= f.FlaggedAt)))
        {
            Add(BranchFindingKind.Weak, flag.UnitCode, flag.UnitCode, flag.Reason);
        }

        return [.. items.OrderBy(i => i.CommitteeCode, StringComparer.Ordinal).ThenBy(i => i.Kind).ThenBy(i => i.Subject, StringComparer.Ordinal)];
    }
}
