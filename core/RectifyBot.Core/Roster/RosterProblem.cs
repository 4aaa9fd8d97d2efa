namespace RectifyBot.Core.Roster;

/// <summary>One structural problem of a roster, as codes: the import turns it into a localized message with row and column.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="UnitCode">The unit concerned (the unit itself, or the one a person's field names).</param>
/// <param name="PersonNumber">The person concerned, if any.</param>
/// <param name="Detail">A code-like detail: the missing code, the offending position, or a cycle's units joined by '>'.</param>
public sealed record RosterProblem(RosterProblemKind Kind, string? UnitCode, string? PersonNumber, string? Detail);

public enum RosterProblemKind
{
    /// <summary>The unit tree loops; Detail lists the units on the cycle, joined by '>'.</summary>
    UnitCycle,

    /// <summary>A unit's parent code names no unit (Detail = the parent code).</summary>
    UnknownParentUnit,

    /// <summary>A unit other than the university committee has no parent.</summary>
    MissingParentUnit,

    /// <summary>A unit's parent is of a kind that cannot hold it, e.g. a department under a branch (Detail = the parent's kind).</summary>
    ParentOfWrongKind,

    /// <summary>No unit is the university committee.</summary>
    NoUniversityCommittee,

    /// <summary>More than one unit is the university committee (one problem per extra one).</summary>
    SeveralUniversityCommittees,

    /// <summary>The university committee names a parent.</summary>
    UniversityCommitteeHasParent,

    /// <summary>A person's Party organisation names no unit (Detail = the code).</summary>
    UnknownPartyUnit,

    /// <summary>A Party member has no Party organisation.</summary>
    MemberWithoutPartyUnit,

    /// <summary>An administrative post names no unit at all.</summary>
    PostWithoutUnit,

    /// <summary>An administrative post names an unknown unit (Detail = the code).</summary>
    UnknownPostUnit,

    /// <summary>An administrative post is in a unit that is not a department or affiliated unit.</summary>
    PostUnitOfWrongKind,

    /// <summary>A position that belongs to a unit names none (Detail = the position).</summary>
    HoldingWithoutUnit,

    /// <summary>A position names an unknown unit (Detail = the position).</summary>
    UnknownHoldingUnit,

    /// <summary>A position is held in a unit of the wrong kind, e.g. a branch secretary of a committee (Detail = the position).</summary>
    HoldingUnitOfWrongKind,

    /// <summary>A liaison names an unknown unit (Detail = the code).</summary>
    UnknownLiaisonUnit,

    /// <summary>Someone who is not a school leader is liaison for units.</summary>
    LiaisonNotSchoolLeader,
}
