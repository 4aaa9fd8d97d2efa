using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Ledger.Views;

/// <summary>
/// "台帐" / "ledger" and "逾期" / "overdue" (issue 5 "Ledger views"): what a viewer may see of the ledger, decided by
/// <see cref="AccessPolicy.CanSeeStatus"/> alone. The viewer's units are the highest units whose status they may see
/// (the whole university for the office, the inspection group and school leaders; a committee, branch or department
/// for its leaders); an entry counts for its owner's Party unit and its responsible department, and for every unit
/// above them, so departments roll up to their Party committee.
/// </summary>
public sealed class LedgerQuery(IRosterRepository rosters, ILedgerReader reader, TimeProvider time)
{
    /// <summary>The view; null if the viewer may see the status of no unit.</summary>
    public async Task<LedgerView?> ForAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var roots = RootsFor(viewer, roster);
        if (roots.Count == 0)
        {
            return null;
        }

        var wholeUniversity = roots.Any(r => r.ParentCode is null);
        var scope = roots.SelectMany(r => roster.SelfAndDescendants(r.Code)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var owners = wholeUniversity ? null : OwnersIn(roster, scope);
        var snapshot = await reader.ReadAsync(owners, cancellationToken).ConfigureAwait(false);
        return Build(viewer, roster, roots, snapshot, time.GetUtcNow());
    }

    /// <summary>
    /// One unit's rolled-up row as <paramref name="viewer"/> sees it (the unit and every unit under it, departments under
    /// their committee); null when the unit is unknown or the viewer may not see its status.
    /// </summary>
    public async Task<LedgerUnitSummary?> UnitAsync(Person viewer, string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode) is not { } unit || !AccessPolicy.CanSeeStatus(viewer, unit.Code, roster))
        {
            return null;
        }

        var scope = roster.SelfAndDescendants(unit.Code).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var snapshot = await reader.ReadAsync(OwnersIn(roster, scope), cancellationToken).ConfigureAwait(false);
        return Build(viewer, roster, [unit], snapshot, time.GetUtcNow()).Totals;
    }

    /// <summary>The view of <paramref name="snapshot"/> for a viewer whose highest visible units are <paramref name="roots"/>.</summary>
    public static LedgerView Build(Person viewer, Roster.Roster roster, IReadOnlyList<OrganisationUnit> roots, LedgerSnapshot snapshot, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(snapshot);
        var today = ChinaTime.DateOf(at);
        var rows = roots.SelectMany(r => (IEnumerable<OrganisationUnit>)[r, .. roster.ChildrenOf(r.Code).OrderBy(c => c.Kind).ThenBy(c => c.Code, StringComparer.Ordinal)])
            .DistinctBy(u => u.Code)
            .ToList();
        var rootCodes = roots.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        var visible = snapshot.Lines
            .Where(l => AccessPolicy.CanSeeStatus(viewer, l.UnitCode ?? "", roster)
                || (l.ResponsibleDepartmentCode is { } d && AccessPolicy.CanSeeStatus(viewer, d, roster)))
            .Select(l => (Line: l, Units: UnitsOf(roster, l.UnitCode, l.ResponsibleDepartmentCode)))
            .Where(l => l.Units.Overlaps(rootCodes))
            .ToList();
        var members = roster.ActivePeople.Where(p => p.IsMember)
            .Select(p => (Person: p, Units: UnitsOf(roster, p.PartyUnitCode, p.Post?.UnitCode)))
            .Where(p => p.Units.Overlaps(rootCodes))
            .ToList();

        LedgerUnitSummary Summary(string code, string name, Func<HashSet<string>, bool> counts)
        {
            var states = visible.Where(l => counts(l.Units)).Select(l => l.Line.StateOn(today)).ToList();
            var mine = members.Where(m => counts(m.Units)).ToList();
            return new LedgerUnitSummary(code, name)
            {
                InProgress = states.Count(s => s == LedgerLineState.InProgress),
                Overdue = states.Count(s => s == LedgerLineState.Overdue),
                DoneOnTime = states.Count(s => s == LedgerLineState.DoneOnTime),
                DoneLate = states.Count(s => s == LedgerLineState.DoneLate),
                Members = mine.Count,
                Submitted = mine.Count(m => snapshot.SubmittedNumbers.Contains(m.Person.Number)),
            };
        }

        var unitRows = rows.Select(u => Summary(u.Code, u.Name, units => units.Contains(u.Code))).ToList();
        var totals = roots.Count == 1 ? unitRows[0] : Summary("", "", _ => true);
        var childRows = rows.Where(r => !rootCodes.Contains(r.Code)).ToList();
        var lines = visible
            .Select(l => new LedgerViewLine(
                l.Line,
                l.Line.StateOn(today),
                l.Line.DaysOverdueOn(today),
                roster.Person(l.Line.OwnerNumber)?.Name ?? l.Line.OwnerNumber,
                roster.Unit(l.Line.UnitCode)?.Name ?? l.Line.UnitCode ?? "",
                roster.Unit(l.Line.ResponsibleDepartmentCode)?.Name,
                RowOf(l.Line, l.Units)))
            .OrderByDescending(l => l.DaysOverdue)
            .ThenBy(l => l.Line.Deadline)
            .ThenBy(l => l.Line.EntryId, StringComparer.Ordinal)
            .ToList();
        return new LedgerView(today, at, totals, unitRows, lines);

        // The most specific row: a child row on the Party path first, then the department's, else the root.
        string RowOf(LedgerLine line, HashSet<string> units)
        {
            foreach (var start in new[] { line.UnitCode, line.ResponsibleDepartmentCode })
            {
                var path = roster.SelfAndAncestors(start).Select(u => u.Code).ToList();
                if (childRows.FirstOrDefault(r => path.Contains(r.Code)) is { } child)
                {
                    return child.Code;
                }
            }

            return roots.First(r => units.Contains(r.Code)).Code;
        }
    }

    /// <summary>The highest units whose status the viewer may see: visible units whose parent is not visible.</summary>
    public static IReadOnlyList<OrganisationUnit> RootsFor(Person viewer, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Units
            .Where(u => AccessPolicy.CanSeeStatus(viewer, u.Code, roster)
                && (u.ParentCode is null || roster.Unit(u.ParentCode) is null || !AccessPolicy.CanSeeStatus(viewer, u.ParentCode, roster)))
            .OrderBy(u => u.Kind)
            .ThenBy(u => u.Code, StringComparer.Ordinal)];
    }

    /// <summary>Everyone (active or not: their entries stay) whose Party unit or post is in <paramref name="scope"/>.</summary>
    private static List<string> OwnersIn(Roster.Roster roster, HashSet<string> scope) =>
        [.. roster.People.Where(p => UnitsOf(roster, p.PartyUnitCode, p.Post?.UnitCode).Overlaps(scope)).Select(p => p.Number)];

    private static HashSet<string> UnitsOf(Roster.Roster roster, string? partyUnit, string? department) =>
        roster.SelfAndAncestors(partyUnit).Concat(roster.SelfAndAncestors(department)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
}
