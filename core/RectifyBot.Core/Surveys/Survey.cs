namespace RectifyBot.Core.Surveys;

/// <summary>
/// One unit's satisfaction survey: the default questions (satisfaction 满意/基本满意/不满意/不了解 and the opinion on
/// consolidating the results and long-term mechanisms) plus optional extra questions, an answer window, the quotas
/// and the seed that makes its sample reproducible. <see cref="AskedCounts"/> is how many were asked per category.
/// </summary>
public sealed record Survey
{
    public required string Id { get; init; }

    /// <summary>The unit assessed (its Party organisation runs the survey).</summary>
    public required string UnitCode { get; init; }

    public required string UnitName { get; init; }

    /// <summary>
    /// Set when the survey is the feedback window of something a unit published (a plan version for 公示, a status
    /// report): everyone in the publication's scope is asked, and the plan or status workflow, not the survey's own
    /// close, applies the majority rule. Null for a satisfaction survey (群众满意度测评).
    /// </summary>
    public Plans.Feedback.FeedbackSubject? Subject { get; init; }

    public required SurveyWindow Window { get; init; }

    public IReadOnlyList<SurveyQuestion> ExtraQuestions { get; init; } = [];

    public IReadOnlyList<CategoryQuota> Quotas { get; init; } = [];

    /// <summary>The sampling seed: the same roster, quotas and seed give the same sample.</summary>
    public required long Seed { get; init; }

    public IReadOnlyDictionary<ParticipantCategory, int> AskedCounts { get; init; } = new Dictionary<ParticipantCategory, int>();

    public required string CreatedByNumber { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the results were published to the surveyed scope; null until then.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the window-close run tallied it and told whom the majority rule names; null until then.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The majority rule's verdict at close; <see cref="MajorityVerdict.MostlyDissatisfied"/> flags the unit for redoing the work (补课).</summary>
    public MajorityVerdict? Verdict { get; init; }

    /// <summary>The unit must redo the work (补课): most were dissatisfied.</summary>
    public bool RedoFlagged => Verdict == MajorityVerdict.MostlyDissatisfied;

    public int TotalAsked => AskedCounts.Values.Sum();

    /// <summary>The category an answer is stored with: the respondent's, unless fewer than 5 of that category were asked.</summary>
    public ParticipantCategory StoredCategory(ParticipantCategory category) =>
        category != ParticipantCategory.Other && AskedCounts.GetValueOrDefault(category) >= SurveyLimits.SmallestGroup
            ? category
            : ParticipantCategory.Other;

    public SurveyQuestion? Question(string id) => ExtraQuestions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));
}
