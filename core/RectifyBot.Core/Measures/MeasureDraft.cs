namespace RectifyBot.Core.Measures;

/// <summary>
/// A member's unsubmitted measures, saved after every step so a restart or another bot instance loses nothing.
/// <see cref="Revision"/> counts saves: a card carries the revision it was drawn from, so a second device's stale card
/// is refused with a conflict message instead of overwriting newer answers.
/// </summary>
public sealed record MeasureDraft
{
    public required string AuthorNumber { get; init; }

    public int Revision { get; init; }

    public IReadOnlyList<ProblemDraft> Problems { get; init; } = [ProblemDraft.Empty];

    public string? Commitment { get; init; }

    public string? Lessons { get; init; }

    /// <summary>Whether the member answered the lessons question (lessons are optional, so null alone does not say).</summary>
    public bool LessonsAnswered { get; init; }

    public DraftStep Step { get; init; }

    /// <summary>The index of the problem the problem steps apply to.</summary>
    public int CurrentProblem { get; init; }

    /// <summary>The version this draft revises (a returned one), or null for a first submission.</summary>
    public int? Revises { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Storage's concurrency token; null before the first save.</summary>
    public string? ETag { get; init; }

    public ProblemDraft Current => Problems[CurrentProblem];

    public MeasureDraft WithCurrent(ProblemDraft problem) =>
        this with { Problems = [.. Problems.Select((p, i) => i == CurrentProblem ? problem : p)] };
}
