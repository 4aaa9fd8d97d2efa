namespace RectifyBot.Core.Roster;

/// <summary>
/// Structural validation of a whole roster, after parsing and before it is put in force.
/// People's references are checked for active people only: a deactivated person may keep a unit that no longer exists.
/// </summary>
public static class RosterValidation
{
    private static readonly UnitKind[] PartyCommittees = [UnitKind.UniversityCommittee, UnitKind.SecondaryCommittee, UnitKind.GeneralBranch];

    public static IReadOnlyList<RosterProblem> Validate(Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var problems = new List<RosterProblem>();
        CheckRoot(roster, problems);
        CheckParents(roster, problems);
        CheckCycles(roster, problems);
        foreach (var person in roster.ActivePeople)
        {
            CheckPerson(person, roster, problems);
        }

        return problems;
    }

    /// <summary>The kinds of unit that may be a unit's Party parent.</summary>
    public static IReadOnlyList<UnitKind> AllowedParentKinds(UnitKind kind) => kind switch
    {
        UnitKind.UniversityCommittee => [],
        UnitKind.SecondaryCommittee => [UnitKind.UniversityCommittee],
        UnitKind.GeneralBranch => [UnitKind.UniversityCommittee, UnitKind.SecondaryCommittee],
        _ => PartyCommittees,
    };

    /// <summary>The kinds of unit a position may be held in; empty for university-wide positions.</summary>
    public static IReadOnlyList<UnitKind> HoldingUnitKinds(Position position) => position switch
    {
        Position.PrincipalLeader or Position.LeadershipTeamMember => [UnitKind.SecondaryCommittee, UnitKind.GeneralBranch],
        Position.BranchSecretary or Position.BranchCommitteeMember => [UnitKind.Branch],
        _ => [],
    };

    private static void CheckRoot(Roster roster, List<RosterProblem> problems)
    {
        var roots = roster.Units.Where(u => u.Kind == UnitKind.UniversityCommittee).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        if (roots.Count == 0)
        {
            problems.Add(new RosterProblem(RosterProblemKind.NoUniversityCommittee, null, null, null));
        }

        problems.AddRange(roots.Skip(1).Select(u => new RosterProblem(RosterProblemKind.SeveralUniversityCommittees, u.Code, null, null)));
        problems.AddRange(roots.Where(u => u.ParentCode is not null)
            .Select(u => new RosterProblem(RosterProblemKind.UniversityCommitteeHasParent, u.Code, null, u.ParentCode)));
    }

    private static void CheckParents(Roster roster, List<RosterProblem> problems)
    {
        foreach (var unit in roster.Units.Where(u => u.Kind != UnitKind.UniversityCommittee))
        {
            if (unit.ParentCode is null)
            {
                problems.Add(new RosterProblem(RosterProblemKind.MissingParentUnit, unit.Code, null, null));
            }
            else if (roster.Unit(unit.ParentCode) is not { } parent)
            {
                problems.Add(new RosterProblem(RosterProblemKind.UnknownParentUnit, unit.Code, null, unit.ParentCode));
            }
            else if (!AllowedParentKinds(unit.Kind).Contains(parent.Kind))
            {
                problems.Add(new RosterProblem(RosterProblemKind.ParentOfWrongKind, unit.Code, null, parent.Kind.ToString()));
            }
        }
    }

    private static void CheckCycles(Roster roster, List<RosterProblem> problems)
    {
        // Walk up from every unit; a walk that meets its own path found a cycle. Each cycle is reported once.
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in roster.Units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var unit = start; unit is not null && !done.Contains(unit.Code); unit = roster.Unit(unit.ParentCode))
            {
                if (onPath.TryGetValue(unit.Code, out var at))
                {
                    var cycle = path.Skip(at).ToList();
                    problems.Add(new RosterProblem(RosterProblemKind.UnitCycle, cycle.Min(StringComparer.Ordinal), null, string.Join('>', cycle)));
                    break;
                }

                onPath[unit.Code] = path.Count;
                path.Add(unit.Code);
            }

            done.UnionWith(path);
        }
    }

    private static void CheckPerson(Person person, Roster roster, List<RosterProblem> problems)
    {
        void Add(RosterProblemKind kind, string? unitCode, string? detail) => problems.Add(new RosterProblem(kind, unitCode, person.Number, detail));

        if (person.PartyUnitCode is { } partyUnit && roster.Unit(partyUnit) is null)
        {
            Add(RosterProblemKind.UnknownPartyUnit, partyUnit, partyUnit);
        }
        else if (person.PartyUnitCode is null && person.IsMember)
        {
            Add(RosterProblemKind.MemberWithoutPartyUnit, null, null);
        }

        if (person.Post is { } post)
        {
            if (string.IsNullOrWhiteSpace(post.UnitCode))
            {
                Add(RosterProblemKind.PostWithoutUnit, null, post.Rank.ToString());
            }
            else if (roster.Unit(post.UnitCode) is not { } postUnit)
            {
                Add(RosterProblemKind.UnknownPostUnit, post.UnitCode, post.UnitCode);
            }
            else if (!postUnit.IsAdministrative)
            {
                Add(RosterProblemKind.PostUnitOfWrongKind, post.UnitCode, postUnit.Kind.ToString());
            }
        }

        foreach (var holding in person.Positions)
        {
            var kinds = HoldingUnitKinds(holding.Position);
            if (kinds.Count == 0)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(holding.UnitCode))
            {
                Add(RosterProblemKind.HoldingWithoutUnit, null, holding.Position.ToString());
            }
            else if (roster.Unit(holding.UnitCode) is not { } unit)
            {
                Add(RosterProblemKind.UnknownHoldingUnit, holding.UnitCode, holding.Position.ToString());
            }
            else if (!kinds.Contains(unit.Kind))
            {
                Add(RosterProblemKind.HoldingUnitOfWrongKind, holding.UnitCode, holding.Position.ToString());
            }
        }

        foreach (var liaison in person.LiaisonUnitCodes.Where(code => roster.Unit(code) is null))
        {
            Add(RosterProblemKind.UnknownLiaisonUnit, liaison, liaison);
        }

        if (person.LiaisonUnitCodes.Count > 0
            && !person.Holds(Position.UniversityLeadershipMember) && !person.Holds(Position.UniversityPrincipalLeader))
        {
            Add(RosterProblemKind.LiaisonNotSchoolLeader, null, null);
        }
    }
}
