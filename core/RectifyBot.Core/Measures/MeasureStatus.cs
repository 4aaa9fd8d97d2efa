namespace RectifyBot.Core.Measures;

/// <summary>Where one submitted version stands.</summary>
public enum MeasureStatus
{
    /// <summary>A via-the-office route: the office forwards it (one action) before the reviewer sees it.</summary>
    AwaitingForward,

    /// <summary>The route fell back to the office (a vacancy): the office assigns a reviewer; it never decides itself.</summary>
    AwaitingAssignment,

    /// <summary>The university committee's principal leader: the office records the higher committee's decision.</summary>
    AwaitingExternalDecision,

    AwaitingReview,
    Approved,
    Returned,

    /// <summary>The author took it back before the first decision.</summary>
    Withdrawn,
}

public static class MeasureStatuses
{
    /// <summary>Open: no decision yet and not withdrawn; the author may still withdraw it.</summary>
    public static bool IsOpen(this MeasureStatus status) =>
        status is MeasureStatus.AwaitingForward or MeasureStatus.AwaitingAssignment or MeasureStatus.AwaitingExternalDecision or MeasureStatus.AwaitingReview;
}
