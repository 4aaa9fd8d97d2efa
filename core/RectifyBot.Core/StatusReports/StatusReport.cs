using RectifyBot.Core.Plans;

namespace RectifyBot.Core.StatusReports;

/// <summary>
/// A unit's published rectification status (公布整改情况, DOMAIN.md §5): a summary generated from its ledger when
/// published, shown to a scope for a feedback window with the same ratings and majority rule as a plan's publication
/// (<see cref="PlanPublication"/>, <see cref="PlanAudience"/>, <see cref="Plans.Feedback.MajorityRule"/>). A unit may
/// publish again (report 2, 3, …) once the previous window has closed.
/// </summary>
public sealed record StatusReport
{
    public required string UnitCode { get; init; }

    public required int Number { get; init; }

    /// <summary>Who published it (a leader of the unit or the office).</summary>
    public required string AuthorNumber { get; init; }

    public required StatusSummary Summary { get; init; }

    public required PlanPublication Publication { get; init; }

    public required StatusReportStatus Status { get; init; }

    /// <summary>How the window ended (counts, verdict, when); null while it is open.</summary>
    public PlanDecision? Decision { get; init; }

    /// <summary>Storage's concurrency token; null before the first save.</summary>
    public string? ETag { get; init; }
}
