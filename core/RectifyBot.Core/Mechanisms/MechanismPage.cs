using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// A unit's mechanisms as one viewer sees them: the unit, the five and their history, whether the viewer may record
/// them, and the date they are due by (the stage's end in the unit's calendar; null while no calendar is set).
/// </summary>
public sealed record MechanismPage(OrganisationUnit Unit, UnitMechanisms Mechanisms, bool CanRecord, DateOnly? DueDate);
