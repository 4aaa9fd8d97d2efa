namespace RectifyBot.Core.Plans.Drafting;

/// <summary>What the plan drafting conversation shows after a turn.</summary>
public enum PlanDraftTurnKind
{
    /// <summary>Ask the draft's current step (after saving an answer, or again with the error).</summary>
    Ask,

    /// <summary>Every item before submitting.</summary>
    Preview,

    /// <summary>One item's full form.</summary>
    EditItem,

    /// <summary>Submitted: choose the scope and the feedback window, then publish.</summary>
    Publish,

    /// <summary>Published as the next version (the draft is gone).</summary>
    Published,

    Cancelled,

    NoDraft,

    /// <summary>The card was drawn from an older revision, or someone else saved first: nothing was overwritten.</summary>
    Conflict,

    /// <summary>Not allowed, or the plan is not waiting for a draft; <see cref="PlanDraftTurn.Notice"/> says why.</summary>
    Refused,

    /// <summary>The person may draft for several units (or is the office): which one?</summary>
    ChooseUnit,
}
