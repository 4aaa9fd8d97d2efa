namespace RectifyBot.Core.Measures.Drafting;

public enum DraftTurnKind
{
    /// <summary>Ask the draft's current step (after saving an answer, or again with the error).</summary>
    Ask,

    /// <summary>Show everything before submitting.</summary>
    Preview,

    /// <summary>Show one problem's full form.</summary>
    EditProblem,

    Cancelled,

    /// <summary>There is no draft to continue.</summary>
    NoDraft,

    /// <summary>The card was drawn from an older revision: another device saved first. Nothing was overwritten.</summary>
    Conflict,

    /// <summary>A new draft is not possible now (an open or approved submission); <see cref="DraftTurn.Notice"/> says why.</summary>
    Refused,
}
