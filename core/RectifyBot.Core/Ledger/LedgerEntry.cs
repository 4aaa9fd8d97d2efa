using RectifyBot.Core.Measures;

namespace RectifyBot.Core.Ledger;

/// <summary>
/// An entry of the rectification ledger (整改台帐): one approved problem (or plan item) being carried out. The owner
/// posts progress and marks it done; done on time or late is recorded against the deadline (a date in China
/// Standard Time). Later issues extend it (supervision, plan items); its keys are in docs/storage.md.
/// </summary>
public sealed record LedgerEntry
{
    /// <summary>Stable id: for a measure "{author}|v{version}|p{problem}".</summary>
    public required string Id { get; init; }

    public required LedgerSource Source { get; init; }

    public required string OwnerNumber { get; init; }

    /// <summary>The owner's Party unit when the entry was made (ledger roll-up goes up from here).</summary>
    public string? UnitCode { get; init; }

    /// <summary>The responsible department (for a personal measure: the owner's post unit, if any).</summary>
    public string? ResponsibleDepartmentCode { get; init; }

    public required string ResponsiblePersonNumber { get; init; }

    /// <summary>Who approved it (the reviewer; for a plan item the plan's author): the escalation target.</summary>
    public required string ApprovedByNumber { get; init; }

    public required DateOnly Deadline { get; init; }

    public required HandlingKind Handling { get; init; }

    public required ProblemArea Area { get; init; }

    /// <summary>For a plan item: its area as the plan names it (a code of the office's list, or the unit's own words); <see cref="Area"/> is then <see cref="ProblemArea.Work"/>.</summary>
    public string? PlanArea { get; init; }

    public required string Problem { get; init; }

    public required string Measures { get; init; }

    public string? Explanation { get; init; }

    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    public LedgerEntryStatus Status { get; init; } = LedgerEntryStatus.Open;

    public IReadOnlyList<ProgressNote> Progress { get; init; } = [];

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Done by the end of the deadline day in China Standard Time; null while open.</summary>
    public bool? CompletedOnTime { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? ETag { get; init; }

    public static string MeasureEntryId(string authorNumber, int version, int problem) =>
        FormattableString.Invariant($"{authorNumber}|v{version}|p{problem}");
}
