using RectifyBot.Core.Measures;

namespace RectifyBot.Core.Plans;

/// <summary>A plan item while it is drafted: every field may still be missing (each is its own row, so a restart loses nothing).</summary>
public sealed record PlanItemDraft
{
    public static PlanItemDraft Empty { get; } = new();

    /// <summary>An accepted or published item as a draft item, to revise it.</summary>
    public static PlanItemDraft From(PlanItem item) => new()
    {
        Problem = item.Problem,
        AreaCode = item.AreaCode,
        OwnArea = item.OwnArea,
        Handling = item.Handling,
        Deadline = item.Deadline,
        Explanation = item.Explanation,
        Milestones = item.Milestones,
        ResponsibleUnitCode = item.ResponsibleUnitCode,
        ResponsiblePersonNumber = item.ResponsiblePersonNumber,
        Goals = item.Goals,
    };

    public string? Problem { get; init; }

    public string? AreaCode { get; init; }

    public string? OwnArea { get; init; }

    public PlanHandling? Handling { get; init; }

    public DateOnly? Deadline { get; init; }

    public string? Explanation { get; init; }

    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    public string? ResponsibleUnitCode { get; init; }

    public string? ResponsiblePersonNumber { get; init; }

    public IReadOnlyList<PlanGoal> Goals { get; init; } = [];

    /// <summary>Nothing answered yet: left out when the plan is published.</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Problem) && AreaCode is null && string.IsNullOrWhiteSpace(OwnArea) && Handling is null && Deadline is null
        && string.IsNullOrWhiteSpace(Explanation) && Milestones.Count == 0 && ResponsibleUnitCode is null && ResponsiblePersonNumber is null && Goals.Count == 0;
}
