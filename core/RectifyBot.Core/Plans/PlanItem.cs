using RectifyBot.Core.Measures;

namespace RectifyBot.Core.Plans;

/// <summary>
/// One item of a published plan (DOMAIN.md §2): the key problem, its area (a code from the office's list, or the
/// unit's own wording), how it is handled, the deadline (a CST date), the responsible department and person, and the
/// goals it serves. A step-by-step item carries the explanation to the masses and its milestones.
/// </summary>
public sealed record PlanItem
{
    public required string Problem { get; init; }

    /// <summary>An area of the office's list; null when <see cref="OwnArea"/> names the unit's own.</summary>
    public string? AreaCode { get; init; }

    public string? OwnArea { get; init; }

    public required PlanHandling Handling { get; init; }

    public required DateOnly Deadline { get; init; }

    public string? Explanation { get; init; }

    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    /// <summary>The responsible department: a unit code of the roster.</summary>
    public required string ResponsibleUnitCode { get; init; }

    public required string ResponsiblePersonNumber { get; init; }

    public required IReadOnlyList<PlanGoal> Goals { get; init; }
}
