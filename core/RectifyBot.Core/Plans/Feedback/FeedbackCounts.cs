namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// The answers a feedback window received, as counts only (answers are anonymous: no row links one to a person).
/// </summary>
/// <param name="Asked">How many people were asked (the scope's size, or the ballots handed out).</param>
/// <param name="Satisfied">满意.</param>
/// <param name="BasicallySatisfied">基本满意.</param>
/// <param name="Dissatisfied">不满意.</param>
/// <param name="DoNotKnow">不了解 (does not count towards the majority or the quorum).</param>
public sealed record FeedbackCounts(int Asked, int Satisfied, int BasicallySatisfied, int Dissatisfied, int DoNotKnow)
{
    public static FeedbackCounts None(int asked) => new(asked, 0, 0, 0, 0);

    /// <summary>The answers that count: 满意, 基本满意 or 不满意.</summary>
    public int Counted => Satisfied + BasicallySatisfied + Dissatisfied;
}
