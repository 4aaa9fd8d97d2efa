using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// One problem of a draft on one card: which (0-based <paramref name="ProblemIndex"/> of <paramref name="ProblemCount"/>),
/// the draft revision the form is drawn from, the areas this member may pick, the values as typed, and errors per field
/// (keys: the field constants of <see cref="ProblemFormCard"/>; values: localized texts).
/// </summary>
public sealed record ProblemFormView(
    int Revision,
    int ProblemIndex,
    int ProblemCount,
    IReadOnlyList<ProblemArea> AllowedAreas,
    ProblemFormValues Values)
{
    public DateOnly? StageEnd { get; init; }

    public DateOnly? ConsolidationEnd { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public MeasureNotice? Notice { get; init; }

    /// <summary>The draft revises a returned version (the title says which).</summary>
    public int? Revises { get; init; }

    /// <summary>The form for a stored problem of the draft, no errors.</summary>
    public static ProblemFormView For(MeasureDraft draft, int problemIndex, IReadOnlyList<ProblemArea> allowedAreas, DateOnly? stageEnd, DateOnly? consolidationEnd)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfNegative(problemIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(problemIndex, draft.Problems.Count);
        return new ProblemFormView(draft.Revision, problemIndex, draft.Problems.Count, allowedAreas, ProblemFormValues.From(draft.Problems[problemIndex]))
        {
            StageEnd = stageEnd,
            ConsolidationEnd = consolidationEnd,
            Revises = draft.Revises,
        };
    }
}
