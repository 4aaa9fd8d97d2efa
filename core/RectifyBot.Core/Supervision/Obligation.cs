namespace RectifyBot.Core.Supervision;

/// <summary>
/// Something somebody owes by a date, as supervision sees it: who owns it, when it is due (a China Standard Time
/// calendar date), who hears about it when it is late, and which reminders it has. Sources build obligations from
/// their own records (<see cref="IObligationSource"/>); the sweep only ever sees this.
/// </summary>
public sealed record Obligation
{
    /// <summary>One of <see cref="ObligationKinds"/> (or a later issue's kind).</summary>
    public required string Kind { get; init; }

    /// <summary>The record's id within its kind (e.g. a ledger entry id); with the kind, the key of the index and log.</summary>
    public required string SubjectId { get; init; }

    /// <summary>Who must act: reminded when due soon, overdue and at milestones.</summary>
    public required IReadOnlyList<string> OwnerNumbers { get; init; }

    public required DateOnly DueDate { get; init; }

    /// <summary>Who hears once when it is N days late (the approving reviewer, the committee's principal leader); may be empty.</summary>
    public IReadOnlyList<string> EscalationTargets { get; init; } = [];

    public required ReminderSchedule Schedule { get; init; }

    /// <summary>A short description for the digest (a problem's text, "measures not submitted", a member's name).</summary>
    public required string Title { get; init; }

    /// <summary>The title for English readers, when the source has one (names of kinds the code knows; unit names stay as the roster has them).</summary>
    public string? EnglishTitle { get; init; }

    /// <summary>The Party unit it belongs to (bulletins count by it).</summary>
    public string? UnitCode { get; init; }

    /// <summary>The person the obligation is about, when the owners are others (a reviewer chased about a member's submission).</summary>
    public string? AboutNumber { get; init; }
}
