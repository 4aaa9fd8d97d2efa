namespace RectifyBot.Core.Measures;

/// <summary>A problem the member found and how they will rectify it, as submitted (DOMAIN.md §1).</summary>
/// <remarks>
/// Explanation: For <see cref="HandlingKind.CannotFixYet"/>: the explanation given to the masses; null otherwise.<br/>
/// Milestones: For <see cref="HandlingKind.CannotFixYet"/>: dated checkpoints, in date order; empty otherwise.<br/>
/// </remarks>
public sealed record Problem(
    ProblemArea Area,
    ProblemSource Source,
    string Description,
    string Measures,
    HandlingKind Handling,
    DateOnly Deadline,
    string? Explanation,
    IReadOnlyList<Milestone> Milestones);
