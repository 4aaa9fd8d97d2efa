namespace RectifyBot.Core.Plans.Drafting;

/// <summary>Why no responsible person was found for what was typed.</summary>
public enum PersonPickProblem
{
    Required,
    Unknown,
    OutsideUnit,
    Namesakes,
}
