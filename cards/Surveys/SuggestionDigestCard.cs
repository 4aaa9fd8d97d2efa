using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Surveys;

/// <summary>New opinions from a unit's suggestion box (意见箱) for its leaders: one written batch (at least 5), as plain text.</summary>
public static class SuggestionDigestCard
{
    public static AdaptiveCard Build(UserLanguage language, string unitName, IReadOnlyList<string> opinions)
    {
        ArgumentNullException.ThrowIfNull(opinions);
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Format(language, "SuggestionDigest_Title", PlainText.Escape(unitName), opinions.Count)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Get(language, "SuggestionDigest_Anonymous")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        };
        body.AddRange(opinions.Take(SurveyResultsCard.OpinionsShown).Select(o => (CardElement)new TextBlock("· " + PlainText.Escape(SurveyResultsCard.Shorten(o))) { Spacing = Spacing.Small }));
        if (opinions.Count > SurveyResultsCard.OpinionsShown)
        {
            body.Add(new TextBlock(CardText.Format(language, "SuggestionDigest_More", opinions.Count - SurveyResultsCard.OpinionsShown)) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard(body);
    }
}
