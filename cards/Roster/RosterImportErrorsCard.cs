using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Cards.Roster;

/// <summary>
/// The answer to a roster file with problems: nothing changed, and every problem with its sheet, row and column in
/// the user's language, up to <see cref="MaxShown"/> of them ("and N more") so the card stays well under 80 KB.
/// </summary>
public static class RosterImportErrorsCard
{
    public const int MaxShown = 30;

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<RosterImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var sentences = RosterImportMessages.DescribeAll(language, errors);
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Format(language, "RosterImportErrorsCard_Title", sentences.Count)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Attention },
            new TextBlock(CardText.Get(language, "RosterImportErrorsCard_Intro")) { Spacing = Spacing.Small },
            new Container(sentences.Take(MaxShown).Select(s => new TextBlock("• " + s) { Spacing = Spacing.Small })) { Spacing = Spacing.Medium },
        };
        if (sentences.Count > MaxShown)
        {
            body.Add(new TextBlock(CardText.Format(language, "RosterImportErrorsCard_More", sentences.Count - MaxShown)) { IsSubtle = true, Spacing = Spacing.Small });
        }

        return new AdaptiveCard(body);
    }
}
