namespace RectifyBot.Core.Surveys;

/// <summary>What a respondent filled in, before it is checked: the choice, extra answers and the opinion.</summary>
public sealed record SurveyReplyForm(SatisfactionChoice? Choice, IReadOnlyDictionary<string, SatisfactionChoice> Extras, string? Opinion)
{
    public static SurveyReplyForm Of(SatisfactionChoice? choice, string? opinion) =>
        new(choice, new Dictionary<string, SatisfactionChoice>(), opinion);

    /// <summary>The opinion trimmed, with control characters other than line breaks and tabs removed; null when empty.</summary>
    public string? CleanOpinion
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Opinion))
            {
                return null;
            }

            var kept = new string(Opinion.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Replace("\r", "", StringComparison.Ordinal).Trim();
            return kept.Length == 0 ? null : kept;
        }
    }

    /// <summary>The first problem with the form for this survey, or null when it can be accepted.</summary>
    public SurveyReplyProblem? Check(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var opinion = CleanOpinion;
        if (Choice is null && opinion is null && Extras.Count == 0)
        {
            return SurveyReplyProblem.Empty;
        }

        if (opinion is { Length: > SurveyLimits.OpinionMaxLength })
        {
            return SurveyReplyProblem.OpinionTooLong;
        }

        return Extras.Keys.Any(id => survey.Question(id) is null) ? SurveyReplyProblem.UnknownQuestion : null;
    }
}
