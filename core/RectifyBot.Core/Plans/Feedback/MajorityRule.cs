namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// DOMAIN.md "The majority rule": 不满意 must be more than half of the answers that chose 满意, 基本满意 or 不满意
/// (不了解 and blanks do not count), with at least max(5, 10% of those asked) such answers; exactly half does not
/// trigger; below the quorum the response is insufficient.
/// </summary>
public static class MajorityRule
{
    public const int MinimumQuorum = 5;

    /// <summary>max(5, 10% of those asked), rounding the 10% up: a fraction of a person still has to answer.</summary>
    public static int Quorum(int asked) => Math.Max(MinimumQuorum, (Math.Max(0, asked) + 9) / 10);

    public static MajorityVerdict Decide(FeedbackCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Counted < Quorum(counts.Asked))
        {
            return MajorityVerdict.InsufficientResponse;
        }

        return counts.Dissatisfied * 2L > counts.Counted ? MajorityVerdict.MostDissatisfied : MajorityVerdict.NotDissatisfied;
    }
}
