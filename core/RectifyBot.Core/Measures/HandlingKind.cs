namespace RectifyBot.Core.Measures;

/// <summary>How a problem will be handled (DOMAIN.md §3–4).</summary>
public enum HandlingKind
{
    /// <summary>具备整改条件: fixed now, by a deadline within the stage.</summary>
    FixNow,

    /// <summary>暂不具备整改条件: explained to the masses and fixed step by step by dated milestones; may run past the stage end.</summary>
    CannotFixYet,
}
