using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// What replaces the survey card once nothing more can be done on it: the confirmation that the answer is in and
/// final, or why no answer can be given (already answered, the window closed, not asked). It names no choice.
/// </summary>
public static class SurveyReplyNoticeCard
{
    public static AdaptiveCard Build(UserLanguage language, Survey? survey, string messageKey, bool good)
    {
        var body = new List<CardElement>();
        if (survey is not null)
        {
            body.Add(new TextBlock(SurveyWords.Title(language, survey)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
            body.Add(new TextBlock(SurveyWords.Window(language, survey.Window)) { IsSubtle = true, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(CardText.Get(language, messageKey)) { Weight = TextWeight.Bolder, Color = good ? TextColor.Good : TextColor.Attention, Spacing = Spacing.Medium });
        return new AdaptiveCard(body);
    }
}
