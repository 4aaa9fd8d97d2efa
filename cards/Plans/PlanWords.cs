using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;

namespace RectifyBot.Cards.Plans;

/// <summary>How plan cards name statuses and show a version's items, in the reader's language.</summary>
public static class PlanWords
{
    public static string Status(UserLanguage language, PlanStatus status) => CardText.Get(language, "PlanStatus_" + status);

    public static string Scope(UserLanguage language, PlanScope scope) => CardText.Get(language, "PlanScope_" + scope);

    /// <summary>"第2版 · 公示中" and, for a published version, the window.</summary>
    public static IEnumerable<CardElement> Heading(UserLanguage language, PlanVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        yield return new TextBlock(CardText.Format(language, "Plans_Version", version.Version, Status(language, version.Status))) { Spacing = Spacing.Small };
        yield return new TextBlock(CardText.Format(language, "Plans_Window", Iso(version.Publication.LastDay), Scope(language, version.Publication.Scope)))
        {
            IsSubtle = true,
            Size = TextSize.Small,
            Spacing = Spacing.None,
        };
        if (version.Decision is { } decision)
        {
            var c = decision.Counts;
            yield return new TextBlock(CardText.Format(language, "Plans_Counts", c.Satisfied, c.BasicallySatisfied, c.Dissatisfied, c.DoNotKnow, c.Asked))
            {
                IsSubtle = true,
                Size = TextSize.Small,
                Spacing = Spacing.None,
            };
        }
    }

    /// <summary>One line per item: problem, handling, deadline, responsible person.</summary>
    public static IEnumerable<CardElement> Items(UserLanguage language, PlanVersion version, Core.Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(roster);
        return version.Items.Select((item, i) => (CardElement)new TextBlock(CardText.Format(
            language, "Plans_ItemLine", i + 1, Shorten(item.Problem, MaxItemText), CardText.Get(language, "PlanHandling_" + item.Handling), Iso(item.Deadline),
            roster.Person(item.ResponsiblePersonNumber)?.Name ?? item.ResponsiblePersonNumber)) { Spacing = Spacing.Small });
    }

    /// <summary>The masses' opinions (text only), at most <see cref="MaxOpinions"/> shortened to <see cref="MaxOpinionText"/>; nothing when there are none.</summary>
    public static IEnumerable<CardElement> Opinions(UserLanguage language, IReadOnlyList<string> opinions)
    {
        ArgumentNullException.ThrowIfNull(opinions);
        if (opinions.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(CardText.Get(language, "PlanNotice_Opinions")) { Weight = TextWeight.Bolder, Separator = true };
        foreach (var opinion in opinions.Take(MaxOpinions))
        {
            yield return new TextBlock("· " + Shorten(opinion, MaxOpinionText)) { Spacing = Spacing.Small };
        }

        if (opinions.Count > MaxOpinions)
        {
            yield return new TextBlock(CardText.Format(language, "Plans_More", opinions.Count - MaxOpinions)) { IsSubtle = true, Size = TextSize.Small };
        }
    }

    /// <summary>How much of an item's problem a list card shows (20 items at 1,000 characters, and a parent's lists, would not fit 80 KB).</summary>
    public const int MaxItemText = 150;

    /// <summary>How much of one opinion a card shows, and how many opinions.</summary>
    public const int MaxOpinionText = 300;

    public const int MaxOpinions = 20;

    public static string Shorten(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= length ? text : text[..length] + "…";
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
