namespace RectifyBot.Core.Surveys;

/// <summary>The four answers to a satisfaction question. A blank answer is a null choice.</summary>
public enum SatisfactionChoice
{
    /// <summary>满意.</summary>
    Satisfied,

    /// <summary>基本满意.</summary>
    BasicallySatisfied,

    /// <summary>不满意.</summary>
    Dissatisfied,

    /// <summary>不了解: counts as a valid answer, not in the satisfaction rate.</summary>
    DontKnow,
}
