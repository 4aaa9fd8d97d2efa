using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// Every field of the problem form as text, exactly as typed (or as stored), so a form refused by the server comes
/// back with nothing lost. Area, source and handling hold the enum name (the choice value); milestones one a line,
/// "yyyy-MM-dd description"; the deadline "yyyy-MM-dd" or whatever was typed.
/// </summary>
public sealed record ProblemFormValues
{
    public static ProblemFormValues Empty { get; } = new();

    public string? Area { get; init; }

    public string? Source { get; init; }

    public string? Description { get; init; }

    public string? Measures { get; init; }

    public string? Handling { get; init; }

    public string? Explanation { get; init; }

    public string? Milestones { get; init; }

    public string? Deadline { get; init; }

    /// <summary>The stored problem as the form shows it before any edit.</summary>
    public static ProblemFormValues From(ProblemDraft problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ProblemFormValues
        {
            Area = problem.Area?.ToString(),
            Source = problem.Source?.ToString(),
            Description = problem.Description,
            Measures = problem.Measures,
            Handling = problem.Handling?.ToString(),
            Explanation = problem.Explanation,
            Milestones = problem.Milestones.Count == 0 ? null : MeasureCardParts.MilestoneLines(problem.Milestones),
            Deadline = problem.Deadline is { } d ? MeasureCardParts.Iso(d) : null,
        };
    }
}
