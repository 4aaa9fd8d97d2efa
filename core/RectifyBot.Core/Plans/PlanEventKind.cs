namespace RectifyBot.Core.Plans;

public enum PlanEventKind
{
    Published,
    RevisionRequired,
    SentToOffice,
    Accepted,
    OfficeAccepted,
    OfficeRequiredRevision,
    Filed,
    Acknowledged,
    CoordinationTaken,

    /// <summary>The responsible person posted progress on an accepted item.</summary>
    ItemProgressNoted,

    /// <summary>The responsible person marked an accepted item done.</summary>
    ItemCompleted,
}
