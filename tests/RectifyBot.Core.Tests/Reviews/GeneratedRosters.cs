using CsCheck;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Tests.Reviews;

/// <summary>
/// Random rosters for property tests: a valid unit tree (校党委 → committees / general branches → branches and
/// departments), and people with random position sets that may point anywhere, including at unknown units.
/// </summary>
public static class GeneratedRosters
{
    public const string UnknownUnit = "无此单位";

    private sealed record PersonSpec(int Branch, IReadOnlyList<(Position Position, int Unit)> Holdings, int PostRank, int PostUnit, IReadOnlyList<int> Liaisons, bool Active);

    private static readonly Gen<PersonSpec> PersonSpecs =
        from branch in Gen.Int[0, 99]
        from holdings in Gen.Select(Gen.Enum<Position>(), Gen.Int[0, 99]).List[0, 3]
        from postRank in Gen.Int[0, 2]
        from postUnit in Gen.Int[0, 99]
        from liaisons in Gen.Int[0, 99].List[0, 2]
        from active in Gen.Int[0, 9]
        select new PersonSpec(branch, holdings, postRank, postUnit, liaisons, active != 0);

    public static Gen<Core.Roster.Roster> Rosters { get; } =
        from committees in Gen.Select(Gen.Bool, Gen.Bool).List[1, 3]
        from branchParents in Gen.Int[0, 99].List[1, 4]
        from departments in Gen.Select(Gen.Int[0, 99], Gen.Bool).List[0, 3]
        from people in PersonSpecs.List[1, 14]
        select Build(committees, branchParents, departments, people);

    public static string Print(Core.Roster.Roster roster) =>
        string.Join('\n', roster.Units.Select(u => u.ToString())
            .Concat(roster.People.Select(p =>
                $"{p.Number} active={p.Active} party={p.PartyUnitCode} post={p.Post} "
                + $"positions=[{string.Join(", ", p.Positions)}] liaison=[{string.Join(", ", p.LiaisonUnitCodes)}]")));

    private static Core.Roster.Roster Build(
        List<(bool General, bool UnderFirst)> committees, List<int> branchParents, List<(int Parent, bool Affiliated)> departments, List<PersonSpec> people)
    {
        var units = new List<OrganisationUnit> { new("U", "校党委", UnitKind.UniversityCommittee, null) };
        for (var i = 0; i < committees.Count; i++)
        {
            // A general branch may sit under the first secondary committee: the tree is deeper than two levels then.
            var (general, underFirst) = committees[i];
            var parent = general && underFirst && i > 0 && units[1].Kind == UnitKind.SecondaryCommittee ? units[1].Code : "U";
            units.Add(new OrganisationUnit($"C{i}", $"党委{i}", general ? UnitKind.GeneralBranch : UnitKind.SecondaryCommittee, parent));
        }

        var committeeCodes = units.Skip(1).Select(u => u.Code).ToList();
        units.AddRange(branchParents.Select((p, i) => new OrganisationUnit($"B{i}", $"支部{i}", UnitKind.Branch, committeeCodes[p % committeeCodes.Count])));
        units.AddRange(departments.Select((d, i) => new OrganisationUnit(
            $"D{i}", $"部处{i}", d.Affiliated ? UnitKind.AffiliatedUnit : UnitKind.Department, committeeCodes[d.Parent % committeeCodes.Count])));

        // Picks land on any unit, an unknown unit or no unit: every kind of reference mistake is exercised.
        string? Pick(int i) => (i % (units.Count + 2)) switch
        {
            var k when k < units.Count => units[k].Code,
            var k when k == units.Count => UnknownUnit,
            _ => null,
        };

        var branches = units.Where(u => u.Kind == UnitKind.Branch).Select(u => u.Code).ToList();
        var departmentCodes = units.Where(u => u.IsAdministrative).Select(u => u.Code).Append(UnknownUnit).ToList();
        return new Core.Roster.Roster(units, people.Select((spec, i) => new Person
        {
            Number = $"P{i}",
            Name = $"党员{i}",
            PartyStatus = PartyStatus.Full,
            PartyUnitCode = spec.Branch % 10 == 0 ? Pick(spec.Branch) : branches[spec.Branch % branches.Count],
            Positions = spec.Holdings.Select(h => new PositionHolding(h.Position, Pick(h.Unit))).ToList(),
            Post = spec.PostRank == 0 ? null : new AdministrativePost(departmentCodes[spec.PostUnit % departmentCodes.Count], spec.PostRank == 1 ? PostRank.Head : PostRank.Deputy),
            LiaisonUnitCodes = spec.Liaisons.Select(Pick).OfType<string>().ToList(),
            Active = spec.Active,
        }));
    }
}
