namespace RectifyBot.Core.Plans.Feedback;

/// <summary>The kinds of thing a unit publishes for the masses' feedback.</summary>
public enum FeedbackSubjectKind
{
    /// <summary>A version of the unit's rectification plan (整改方案), published for supervision (公示).</summary>
    Plan,

    /// <summary>The unit's rectification status (公布整改情况), a summary of its ledger.</summary>
    StatusReport,
}
