namespace RectifyBot.Core.Measures.Drafting;

/// <summary>The fields of one problem (and the closing fields), as the forms name them and errors point at them.</summary>
public enum DraftField
{
    Area,
    Source,
    Description,
    Measures,
    Handling,
    Deadline,
    Explanation,
    Milestones,
    Commitment,
    Lessons,
}
