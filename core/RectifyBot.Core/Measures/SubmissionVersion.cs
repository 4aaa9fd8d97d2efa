using RectifyBot.Core.Reviews;

namespace RectifyBot.Core.Measures;

/// <summary>
/// One submitted version of a member's measures. A member has one submission per stage with versions 1, 2, …: a
/// returned version's revision is the next one and goes to the same route. <see cref="Route"/> is fixed when the
/// version is submitted; <see cref="Reviewers"/> are who may decide now (the route's, or whom the office forwarded or
/// assigned it to, or a re-route's).
/// </summary>
public sealed record SubmissionVersion
{
    public required string AuthorNumber { get; init; }

    public required int Version { get; init; }

    public required IReadOnlyList<Problem> Problems { get; init; }

    public required string Commitment { get; init; }

    public string? Lessons { get; init; }

    public required ReviewRoute Route { get; init; }

    public required IReadOnlyList<string> Reviewers { get; init; }

    public required MeasureStatus Status { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The author's Party unit and post unit when submitted, so later roster changes do not rewrite history.</summary>
    public string? AuthorUnitCode { get; init; }

    public ReviewDecision? Decision { get; init; }

    /// <summary>When the author withdrew it.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>Storage's concurrency token; null before the first save.</summary>
    public string? ETag { get; init; }

    public bool IsReviewer(string number) => Reviewers.Contains(number, StringComparer.Ordinal);
}
