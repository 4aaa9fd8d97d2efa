using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// The whole draft before it is submitted: the draft, where it will go (<paramref name="RouteDescription"/>, already
/// localized, e.g. from ReviewRouteText), and for a revision the returned version with its reviewer's name, so the
/// member sees the comment they are answering.
/// </summary>
public sealed record DraftPreviewView(MeasureDraft Draft, string RouteDescription)
{
    /// <summary>The returned version this draft revises (its decision holds the comment); null for a first submission.</summary>
    public SubmissionVersion? Returned { get; init; }

    /// <summary>The name of whoever returned it.</summary>
    public string? ReturnedByName { get; init; }

    public MeasureNotice? Notice { get; init; }

    /// <summary>What the server found wrong with a problem (by 0-based index), localized, e.g. a deadline past the stage end.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> ProblemErrors { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>What the server found wrong with the commitment or lessons, localized.</summary>
    public IReadOnlyList<string> CommitmentErrors { get; init; } = [];
}
