namespace RectifyBot.Core.Surveys;

/// <summary>
/// A survey's results: opinions first (the point of the survey), then the counts for the whole unit, the breakdown
/// by category (categories with fewer than 5 answers are left out, their answers counted only in the whole),
/// the extra questions and the majority rule's verdict.
/// </summary>
public sealed record SurveyTally
{
    public required IReadOnlyList<string> Opinions { get; init; }

    public required int Answers { get; init; }

    public required int Asked { get; init; }

    public required SatisfactionCounts Overall { get; init; }

    public required IReadOnlyList<CategoryTally> Categories { get; init; }

    /// <summary>Answers in categories too small to show on their own.</summary>
    public required int AnswersNotBrokenDown { get; init; }

    public required IReadOnlyDictionary<string, SatisfactionCounts> ExtraQuestions { get; init; }

    public required MajorityVerdict Verdict { get; init; }

    public static SurveyTally Of(Survey survey, IReadOnlyCollection<SurveyAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);

        // Only answers that went to the survey itself count in the rates; suggestion-box opinions join the opinion list.
        var ballots = answers.Where(a => a.Source != ReplySource.SuggestionBox).ToList();
        var overall = SatisfactionCounts.Of(ballots.Select(a => a.Choice));
        var categories = new List<CategoryTally>();
        var hidden = 0;
        foreach (var group in ballots.GroupBy(a => a.Category).OrderBy(g => g.Key))
        {
            var count = group.Count();
            if (count >= SurveyLimits.SmallestGroup)
            {
                categories.Add(new CategoryTally(group.Key, count, SatisfactionCounts.Of(group.Select(a => a.Choice))));
            }
            else
            {
                hidden += count;
            }
        }

        var extras = survey.ExtraQuestions.ToDictionary(
            q => q.Id,
            q => SatisfactionCounts.Of(ballots.Select(a => a.Extras.TryGetValue(q.Id, out var c) ? c : (SatisfactionChoice?)null)),
            StringComparer.Ordinal);

        return new SurveyTally
        {
            Opinions = answers.Where(a => a.Opinion is not null).Select(a => a.Opinion!).ToList(),
            Answers = ballots.Count,
            Asked = survey.TotalAsked,
            Overall = overall,
            Categories = categories,
            AnswersNotBrokenDown = hidden,
            ExtraQuestions = extras,
            Verdict = MajorityRule.Decide(overall, survey.TotalAsked),
        };
    }
}
