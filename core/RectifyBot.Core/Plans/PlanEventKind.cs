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
}
