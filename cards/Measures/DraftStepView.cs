using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Measures;

/// <summary>
/// What the card for the draft's current question needs: the draft (its step, current problem and revision), the
/// areas this member may pick (leading cadres have three more), the stage's end and consolidation end when known (the
/// deadline rule names them), and, after a refused answer, the value as typed and the errors about it.
/// </summary>
public sealed record DraftStepView(
    MeasureDraft Draft,
    IReadOnlyList<ProblemArea> AllowedAreas,
    DateOnly? StageEnd,
    DateOnly? ConsolidationEnd)
{
    /// <summary>Shown on top: e.g. the previous answer confirmed, or a conflict with another device.</summary>
    public MeasureNotice? Notice { get; init; }

    /// <summary>The refused answer as typed, shown back unchanged; null shows the draft's stored value.</summary>
    public string? TypedValue { get; init; }

    /// <summary>Localized texts of what is wrong with the answer, shown under the input.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
