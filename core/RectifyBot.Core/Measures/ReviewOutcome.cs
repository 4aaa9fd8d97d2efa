namespace RectifyBot.Core.Measures;

public enum ReviewOutcome
{
    Approved,

    /// <summary>Sent back to the author with a required comment; the revision is the next version.</summary>
    Returned,
}
