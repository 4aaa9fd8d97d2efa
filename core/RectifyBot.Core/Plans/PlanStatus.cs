namespace RectifyBot.Core.Plans;

/// <summary>Where one published version of a unit's plan stands. A draft is not a version: it becomes one when published.</summary>
public enum PlanStatus
{
    /// <summary>公示: published to its scope; the feedback window is open.</summary>
    PublishedForSupervision,

    /// <summary>Most respondents were dissatisfied (or the office said so): the author revises and publishes the next version.</summary>
    RevisionRequired,

    /// <summary>Insufficient response: the office decides whether it is accepted or revised.</summary>
    AwaitingOfficeDecision,

    /// <summary>Accepted: its items are ledger entries; the unit files it with its parent.</summary>
    Accepted,

    /// <summary>备案: filed with the parent unit, whose leaders acknowledge it.</summary>
    Filed,

    /// <summary>The parent unit acknowledged the filing.</summary>
    Acknowledged,
}
