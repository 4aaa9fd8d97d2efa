using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Measures.Drafting;

/// <summary>
/// What the drafting conversation answers in one turn: the draft as stored, what to show, a notice (a confirmation of
/// the previous answer, or why it was refused) and, for a refused answer or form, the values as typed and the errors
/// per field so nothing typed is lost.
/// </summary>
public sealed record DraftTurn(DraftTurnKind Kind, MeasureDraft? Draft)
{
    public DraftMessage? Notice { get; init; }

    public IReadOnlyDictionary<DraftField, IReadOnlyList<DraftMessage>> Errors { get; init; } = new Dictionary<DraftField, IReadOnlyList<DraftMessage>>();

    /// <summary>The values as the member typed them (for a refused answer or form).</summary>
    public IReadOnlyDictionary<DraftField, string?> Typed { get; init; } = new Dictionary<DraftField, string?>();

    public IReadOnlyList<ProblemArea> AllowedAreas { get; init; } = [];

    /// <summary>The stage dates that bound deadlines for this member (their committee's, else the university's).</summary>
    public StageCalendar? Calendar { get; init; }

    /// <summary>For <see cref="DraftTurnKind.EditProblem"/>: which problem.</summary>
    public int ProblemIndex { get; init; }

    /// <summary>The returned version a revision draft comes from, with its comment.</summary>
    public SubmissionVersion? Revising { get; init; }
}
