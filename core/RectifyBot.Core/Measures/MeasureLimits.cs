namespace RectifyBot.Core.Measures;

/// <summary>
/// Lengths and counts the server enforces (and the cards state). Chosen so one problem, stored as one row, stays far
/// below Table Storage's 64 KiB per string property and 1 MiB per entity, and a submission's transaction (its
/// problems, history and notices) stays within 100 actions.
/// </summary>
public static class MeasureLimits
{
    public const int Description = 1000;
    public const int Measures = 2000;
    public const int Explanation = 1000;
    public const int MilestoneDescription = 200;
    public const int Milestones = 6;
    public const int Problems = 10;
    public const int Commitment = 1000;
    public const int Lessons = 2000;
    public const int ReturnComment = 1000;
    public const int ProgressNote = 1000;
    public const int EvidenceLink = 500;
}
