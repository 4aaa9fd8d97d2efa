namespace RectifyBot.Core.Roster;

/// <summary>
/// A unit of either tree. <see cref="ParentCode"/> is the Party parent: for a branch its committee or general branch,
/// for a department or affiliated unit the Party committee it belongs to (its parent for filing, ledger roll-up,
/// bulletins and survey scope). Only the university committee has none.
/// </summary>
/// <param name="Code">The office's code for the unit: its identity (names change and repeat).</param>
/// <param name="Name">The unit's name as users see it.</param>
/// <param name="Kind">Which kind of unit, in which tree.</param>
/// <param name="ParentCode">The Party parent's code; null only for the university committee.</param>
public sealed record OrganisationUnit(string Code, string Name, UnitKind Kind, string? ParentCode)
{
    /// <summary>A branch set up for one student class (班级党支部).</summary>
    public bool IsClassBranch { get; init; }

    /// <summary>For a class branch: the class it serves, as written in people's class field.</summary>
    public string? ClassName { get; init; }

    public bool IsPartyCommitteeLevel => Kind is UnitKind.SecondaryCommittee or UnitKind.GeneralBranch;

    public bool IsAdministrative => Kind is UnitKind.Department or UnitKind.AffiliatedUnit;
}
