namespace RectifyBot.Core.Measures;

/// <summary>One problem of a draft as far as the member has got: every field may still be missing.</summary>
public sealed record ProblemDraft
{
    public static ProblemDraft Empty { get; } = new();

    public ProblemArea? Area { get; init; }

    public ProblemSource? Source { get; init; }

    public string? Description { get; init; }

    public string? Measures { get; init; }

    public HandlingKind? Handling { get; init; }

    /// <summary>For a problem that cannot be fixed yet: what the masses are told.</summary>
    public string? Explanation { get; init; }

    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    public DateOnly? Deadline { get; init; }

    public static ProblemDraft From(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ProblemDraft
        {
            Area = problem.Area,
            Source = problem.Source,
            Description = problem.Description,
            Measures = problem.Measures,
            Handling = problem.Handling,
            Explanation = problem.Explanation,
            Milestones = problem.Milestones,
            Deadline = problem.Deadline,
        };
    }
}
