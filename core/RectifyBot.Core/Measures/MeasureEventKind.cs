namespace RectifyBot.Core.Measures;

public enum MeasureEventKind
{
    Submitted,
    Withdrawn,
    Forwarded,
    Assigned,
    Rerouted,
    Approved,
    Returned,
    ExternalDecisionRecorded,
    ProgressNoted,
    Completed,
}
