namespace RectifyBot.Core.Mechanisms;

public enum MechanismProblemKind
{
    /// <summary>Left empty (the document is required once a mechanism is in progress or established).</summary>
    Required,

    TooLong,

    /// <summary>Not one of the offered choices (a kind or status the card never sent).</summary>
    UnknownChoice,

    /// <summary>The link is not an absolute http:// or https:// address.</summary>
    NotAWebAddress,
}
