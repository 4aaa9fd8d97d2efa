using System.Globalization;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>The closed surveys a viewer may see, newest first, each a button that opens its results card.</summary>
public static class SurveyListCard
{
    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<Survey> surveys, int total)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        var body = new List<CardElement> { new TextBlock(CardText.Get(language, "SurveyResults_Pick")) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        body.AddRange(surveys.Select(s => (CardElement)new TextBlock(CardText.Format(language, "SurveyResults_ListItem",
            PlainText.Escape(s.UnitName), s.Window.LastChinaDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Id)) { Spacing = Spacing.Small }));
        if (total > surveys.Count)
        {
            body.Add(new TextBlock(CardText.Format(language, "SurveyResults_MoreSurveys", total - surveys.Count)) { IsSubtle = true, Size = TextSize.Small });
        }

        // Adaptive Cards show at most a handful of actions; the ids above can be typed ("测评结果 <id>") for the rest.
        return new AdaptiveCard(body, surveys.Take(5).Select(s => (CardAction)new ExecuteAction(
            s.UnitName + " " + s.Window.LastChinaDay.ToString("MM-dd", CultureInfo.InvariantCulture), KnownCommands.SurveyResults.Verb,
            new Dictionary<string, string> { ["surveyId"] = s.Id })));
    }
}
