using RectifyBot.Core.Roster;

namespace RectifyBot.Core.BranchBuilding;

/// <summary>The branches a viewer records best Party-day activities for, and what each has recorded (latest first).</summary>
public sealed record PartyDayPage(Roster.Roster Roster, IReadOnlyList<OrganisationUnit> Branches, IReadOnlyList<PartyDayActivity> Activities);
