namespace RectifyBot.Core.Stages;

/// <summary>The four dates of a stage calendar, as fields of the form that sets them.</summary>
public enum StageDateField
{
    Start,
    SubmissionDeadline,
    StageEnd,
    ConsolidationEnd,
}
