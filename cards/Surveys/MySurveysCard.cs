using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Cards.Surveys;

/// <summary>"我的测评" / "my surveys": the surveys the person organises (all of them for the office), each with its status and a button back to its progress card.</summary>
public static class MySurveysCard
{
    /// <summary>At most this many are listed (newest first); Teams cards have a size limit.</summary>
    public const int MaxListed = 20;

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<Survey> surveys, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        var body = new List<CardElement> { new TextBlock(CardText.Get(language, "MySurveys_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (surveys.Count == 0)
        {
            body.Add(new TextBlock(CardText.Get(language, "MySurveys_None")) { IsSubtle = true });
        }

        foreach (var survey in surveys.Take(MaxListed))
        {
            body.Add(new Container(
            [
                new TextBlock(survey.UnitName) { Weight = TextWeight.Bolder },
                new TextBlock($"{SurveyWords.Status(language, SurveyStatuses.Of(survey, now))} · {SurveyWords.Window(language, survey.Window)} · {CardText.Format(language, "MySurveys_Asked", SurveyWords.Count(survey.TotalAsked))}")
                {
                    IsSubtle = true,
                    Size = TextSize.Small,
                    Spacing = Spacing.None,
                },
                new ActionSet([new ExecuteAction(CardText.Get(language, "MySurveys_Progress"), SurveyVerbs.Progress, new Dictionary<string, string> { [SurveyVerbs.SurveyKey] = survey.Id })]),
            ]) { Separator = true, Spacing = Spacing.Medium });
        }

        if (surveys.Count > MaxListed)
        {
            body.Add(new TextBlock(CardText.Format(language, "MySurveys_More", surveys.Count - MaxListed)) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard(body);
    }
}
