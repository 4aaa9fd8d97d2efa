namespace RectifyBot.Core.Surveys;

/// <summary>
/// "Most are dissatisfied": 不满意 is more than half of the decisive answers (满意, 基本满意, 不满意), with at least
/// max(5, 10% of those asked) decisive answers. Exactly half does not trigger. Below the quorum: insufficient response.
/// Used for surveys and plan assessments alike.
/// </summary>
public static class MajorityRule
{
    /// <summary>The least number of decisive answers for a verdict: max(5, ⌈10% of those asked⌉).</summary>
    public static int Quorum(int asked)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(asked);
        return Math.Max(5, (asked + 9) / 10);
    }

    public static MajorityVerdict Decide(SatisfactionCounts counts, int asked)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Decisive < Quorum(asked))
        {
            return MajorityVerdict.InsufficientResponse;
        }

        return counts.Dissatisfied * 2 > counts.Decisive ? MajorityVerdict.MostlyDissatisfied : MajorityVerdict.NotMostlyDissatisfied;
    }
}
