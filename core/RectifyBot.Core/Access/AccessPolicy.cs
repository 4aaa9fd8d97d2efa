using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Access;

/// <summary>
/// DOMAIN.md "Who sees what" and who may act on a review, in one place: handlers ask here, never decide themselves.
/// A deactivated viewer may do nothing. Choices where DOMAIN.md is silent:
/// <list type="bullet">
/// <item>"Branch committee" for measure text is the author's own branch committee (secretary and committee members).</item>
/// <item>A unit's leadership team is its principal leader and team members (committee level), its secretary and committee
/// members (branch), its head and deputies (department); "units above" means leaders of any unit above it.</item>
/// <item>The inspection group reads status everywhere (it has read access to the ledger).</item>
/// <item>A unit's leaders read the roster of their unit and the units under it; only the office changes or imports it.</item>
/// </list>
/// </summary>
public static class AccessPolicy
{
    public static bool IsOffice(Person viewer) => viewer is { Active: true } && viewer.Holds(Position.OfficeStaff);

    public static bool CanReadMeasureText(Person viewer, Person author, ReviewRoute route)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(route);
        if (!viewer.Active)
        {
            return false;
        }

        return SamePerson(viewer, author)
            || IsOffice(viewer)
            || route.Reviewers.Contains(viewer.Number, StringComparer.Ordinal)
            || (author.PartyUnitCode is { } branch && IsBranchCommittee(viewer, branch))
            || (route.InspectionGroupAssists && viewer.Holds(Position.InspectionGroupMember));
    }

    /// <summary>Status of measures and ledger entries (no text) of a unit.</summary>
    public static bool CanSeeStatus(Person viewer, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        if (!viewer.Active)
        {
            return false;
        }

        if (IsOffice(viewer) || viewer.Holds(Position.InspectionGroupMember))
        {
            return true;
        }

        return roster.SelfAndAncestors(unitCode).Any(unit =>
            IsLeaderOf(viewer, unit)
            || (unit.Kind == UnitKind.UniversityCommittee && IsSchoolLeader(viewer))
            || viewer.LiaisonUnitCodes.Contains(unit.Code, StringComparer.Ordinal));
    }

    /// <summary>Approve or return: only a routed reviewer (any member of a routed branch committee), never the author.</summary>
    public static bool CanDecide(Person viewer, Person author, ReviewRoute route)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(route);
        return viewer.Active && !SamePerson(viewer, author) && !route.ExternalDecision
            && route.Reviewers.Contains(viewer.Number, StringComparer.Ordinal);
    }

    /// <summary>The office records the higher Party committee's decision on the university committee's principal leader.</summary>
    public static bool CanRecordExternalDecision(Person viewer, Person author, ReviewRoute route)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(route);
        return IsOffice(viewer) && !SamePerson(viewer, author) && route.ExternalDecision;
    }

    /// <summary>The office forwards a via-the-office submission (and may pick a different school leader).</summary>
    public static bool CanForward(Person viewer, ReviewRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return IsOffice(viewer) && route.ViaOffice;
    }

    /// <summary>In a fallback, or to override a route, the office assigns a reviewer; it never decides itself.</summary>
    public static bool CanAssignReviewer(Person viewer) => IsOffice(viewer);

    /// <summary>Read the roster of a unit (null: the whole roster).</summary>
    public static bool CanReadRoster(Person viewer, string? unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return IsOffice(viewer)
            || (viewer.Active && unitCode is not null && roster.SelfAndAncestors(unitCode).Any(unit => IsLeaderOf(viewer, unit)));
    }

    /// <summary>Change the roster (deactivate, edit, set overrides): the office only; unit leaders read, never write.</summary>
    public static bool CanManageRoster(Person viewer) => IsOffice(viewer);

    public static bool CanImportRoster(Person viewer) => IsOffice(viewer);

    /// <summary>
    /// Set a stage calendar (DOMAIN.md "The stage"): the university's (<paramref name="unitCode"/> null) by the office; a
    /// secondary committee's or general branch's own by its principal leader.
    /// </summary>
    public static bool CanSetStageDates(Person viewer, string? unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return unitCode is null
            ? IsOffice(viewer)
            : viewer.Active && roster.Unit(unitCode) is { IsPartyCommitteeLevel: true } && viewer.Holds(Position.PrincipalLeader, unitCode);
    }

    /// <summary>
    /// Draft, publish and file a unit's plan (DOMAIN.md §2): the unit's leaders (for the university committee, the
    /// school leaders) or the office, nobody else.
    /// </summary>
    public static bool CanActOnPlan(Person viewer, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return IsOffice(viewer) || IsUnitLeader(viewer, unitCode, roster);
    }

    /// <summary>
    /// Acknowledge a plan filed with <paramref name="parentUnitCode"/>, or take ownership of an item sent up for
    /// coordination: the parent's leaders; for the university committee also the office, which collects filings for it.
    /// </summary>
    public static bool CanActForParent(Person viewer, string parentUnitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return IsUnitLeader(viewer, parentUnitCode, roster)
            || (roster.Unit(parentUnitCode) is { Kind: UnitKind.UniversityCommittee } && IsOffice(viewer));
    }

    /// <summary>
    /// Read a unit's plan: the office, the leaders of the unit and of the units above it, the liaison school leaders,
    /// and (once published) everyone in its published scope.
    /// </summary>
    public static bool CanReadPlan(Person viewer, string unitCode, IReadOnlyCollection<Person>? publishedTo, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return CanSeeStatus(viewer, unitCode, roster)
            || (viewer.Active && publishedTo is not null && publishedTo.Any(p => SamePerson(p, viewer)));
    }

    /// <summary>After an insufficient response, the office decides whether a plan is accepted or revised.</summary>
    public static bool CanDecidePlan(Person viewer) => IsOffice(viewer);

    /// <summary>A unit's leaders: its leadership team (for the university committee, the school leaders).</summary>
    public static bool IsUnitLeader(Person viewer, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return viewer.Active && roster.Unit(unitCode) is { } unit
            && (IsLeaderOf(viewer, unit) || (unit.Kind == UnitKind.UniversityCommittee && IsSchoolLeader(viewer)));
    }

    /// <summary>
    /// Record a unit's meeting (DOMAIN.md §5, §8–10): the unit's leaders or the office; a guidance visit (指导) also a
    /// school leader, who records their own visits.
    /// </summary>
    public static bool CanRecordMeeting(Person viewer, string unitCode, bool guidanceVisit, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return CanActOnPlan(viewer, unitCode, roster) || (guidanceVisit && viewer.Active && IsSchoolLeader(viewer) && roster.Unit(unitCode) is not null);
    }

    private static bool SamePerson(Person a, Person b) => string.Equals(a.Number, b.Number, StringComparison.Ordinal);

    private static bool IsSchoolLeader(Person viewer) =>
        viewer.Holds(Position.UniversityLeadershipMember) || viewer.Holds(Position.UniversityPrincipalLeader);

    private static bool IsBranchCommittee(Person viewer, string branchCode) =>
        viewer.Holds(Position.BranchSecretary, branchCode) || viewer.Holds(Position.BranchCommitteeMember, branchCode);

    private static bool IsLeaderOf(Person viewer, OrganisationUnit unit) => unit.Kind switch
    {
        UnitKind.SecondaryCommittee or UnitKind.GeneralBranch =>
            viewer.Holds(Position.PrincipalLeader, unit.Code) || viewer.Holds(Position.LeadershipTeamMember, unit.Code),
        UnitKind.Branch => IsBranchCommittee(viewer, unit.Code),
        UnitKind.Department or UnitKind.AffiliatedUnit => string.Equals(viewer.Post?.UnitCode, unit.Code, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// Record a unit's long-term mechanisms (DOMAIN.md §6): the office, or the principal leader of that secondary
    /// committee or general branch (the person supervision chases for it).
    /// </summary>
    public static bool CanRecordMechanisms(Person viewer, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return roster.Unit(unitCode) is { IsPartyCommitteeLevel: true }
            && (IsOffice(viewer) || (viewer.Active && viewer.Holds(Position.PrincipalLeader, unitCode)));
    }

    /// <summary>
    /// Record a branch's best Party-day activity (DOMAIN.md §6): its branch committee, the principal leader of the
    /// committee or general branch it belongs to, or the office.
    /// </summary>
    public static bool CanRecordPartyDay(Person viewer, string branchCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(roster);
        return roster.Unit(branchCode) is { Kind: UnitKind.Branch } branch
            && (IsOffice(viewer) || (viewer.Active && (IsBranchCommittee(viewer, branch.Code)
                || (roster.CommitteeOf(branch.Code) is { } committee && viewer.Holds(Position.PrincipalLeader, committee.Code)))));
    }
}
