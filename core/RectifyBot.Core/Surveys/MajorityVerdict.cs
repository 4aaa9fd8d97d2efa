namespace RectifyBot.Core.Surveys;

/// <summary>What the majority rule says of a unit (DOMAIN.md, "The majority rule").</summary>
public enum MajorityVerdict
{
    /// <summary>Below the quorum: the office decides what follows.</summary>
    InsufficientResponse,

    /// <summary>Most are dissatisfied: the unit redoes the work (补课); its leadership team and the office are told.</summary>
    MostlyDissatisfied,

    NotMostlyDissatisfied,
}
