namespace RectifyBot.Core.Plans.Feedback;

/// <summary>What the majority rule (DOMAIN.md) says about a window's answers.</summary>
public enum MajorityVerdict
{
    /// <summary>Enough answers and not most dissatisfied.</summary>
    NotDissatisfied,

    /// <summary>不满意 is more than half of the counted answers, with a quorum.</summary>
    MostDissatisfied,

    /// <summary>Fewer counted answers than the quorum: the office decides.</summary>
    InsufficientResponse,
}
