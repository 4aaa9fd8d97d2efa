using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Reviews;

/// <summary>The banner at the top of a closed copy: what happened, by whom and when, and a decision's comment.</summary>
internal static class ReviewBanners
{
    public static Container Element(UserLanguage language, ReviewCardBanner? banner, Core.Roster.Roster roster, Func<string, string> fit)
    {
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        string Name(string number) => ReviewWords.Name(roster, number);
        var (headline, style, comment) = banner switch
        {
            ReviewCardBanner.Decided d => (
                Format(DecidedKey(d), Name(d.ByNumber), ReviewWords.Time(d.At)),
                d.Outcome == ReviewOutcome.Approved ? ContainerStyle.Good : ContainerStyle.Warning,
                d.Comment),
            ReviewCardBanner.Withdrawn w => (Format("Review_Banner_Withdrawn", ReviewWords.Time(w.At)), ContainerStyle.Emphasis, null),
            ReviewCardBanner.Forwarded f => (Format("Review_Banner_Forwarded", Name(f.ByNumber), Name(f.ReviewerNumber), ReviewWords.Time(f.At)), ContainerStyle.Emphasis, null),
            ReviewCardBanner.Assigned a => (Format("Review_Banner_Assigned", Name(a.ByNumber), Name(a.ReviewerNumber), ReviewWords.Time(a.At)), ContainerStyle.Emphasis, null),
            ReviewCardBanner.Rerouted { ReviewerNumber: { } reviewer } => (Format("Review_Banner_Rerouted", Name(reviewer)), ContainerStyle.Emphasis, null),
            ReviewCardBanner.Rerouted => (CardText.Get(language, "Review_Banner_ReroutedToOffice"), ContainerStyle.Emphasis, null),
            _ => (CardText.Get(language, "Review_Banner_Closed"), ContainerStyle.Emphasis, (string?)null),
        };

        var items = new List<CardElement> { new TextBlock(headline) { Weight = TextWeight.Bolder, Size = TextSize.Medium } };
        if (!string.IsNullOrWhiteSpace(comment))
        {
            items.Add(new TextBlock(Format("Review_Comment", fit(comment))) { Spacing = Spacing.Small });
        }

        items.Add(new TextBlock(CardText.Get(language, "Review_Banner_NothingToDo")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        return new Container(items) { Style = style };
    }

    private static string DecidedKey(ReviewCardBanner.Decided decided) => (decided.External, decided.Outcome) switch
    {
        (false, ReviewOutcome.Approved) => "Review_Banner_Approved",
        (false, _) => "Review_Banner_Returned",
        (true, ReviewOutcome.Approved) => "Review_Banner_ExternalApproved",
        (true, _) => "Review_Banner_ExternalReturned",
    };
}
