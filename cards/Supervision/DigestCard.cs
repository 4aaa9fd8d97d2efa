using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Supervision;

namespace RectifyBot.Cards.Supervision;

/// <summary>
/// The daily supervision digest (one card per person per run), and the "督办提醒" / "my reminders" list. Up to
/// <see cref="DigestView.MaxItems"/> lines, then "及其他 N 项" with a button (<see cref="ShowAllVerb"/>) that lists them
/// all; titles are cut to <see cref="MaxTitle"/> characters, which keeps the card far under Teams' 80 KB.
/// </summary>
public static class DigestCard
{
    public const string ShowAllVerb = "supervision-mine";

    public const int MaxTitle = 120;

    public static AdaptiveCard Build(UserLanguage language, DigestView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        var day = view.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Format(language, view.IsFullList ? "Supervision_MineTitle" : "Supervision_DigestTitle", day)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (view.Lines.Count == 0)
        {
            body.Add(new TextBlock(Text("Supervision_NoneOpen")));
            return new AdaptiveCard(body);
        }

        var ordered = view.Lines.OrderBy(l => l.Reminder == ReminderKind.DueSoon ? 1 : 0).ThenBy(l => l.DueDate).ThenBy(l => l.Title, StringComparer.Ordinal).ToList();
        foreach (var line in ordered.Take(view.MaxItems))
        {
            body.Add(Line(language, line));
        }

        var actions = new List<CardAction>();
        if (ordered.Count > view.MaxItems)
        {
            body.Add(new TextBlock(CardText.Format(language, "Supervision_More", ordered.Count - view.MaxItems)) { IsSubtle = true, Separator = true });
            actions.Add(new ExecuteAction(Text("Supervision_ShowAll"), ShowAllVerb));
        }

        return new AdaptiveCard(body, actions);
    }

    private static Container Line(UserLanguage language, DigestLine line)
    {
        var due = line.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reason = CardText.Format(language, "Supervision_Reminder_" + line.Reminder, due, line.OwnerName ?? "");
        var title = Cut(line.Title);
        return new Container(
        [
            new TextBlock(CardText.Get(language, "Supervision_Kind_" + line.ObligationKind) + " · " + reason)
            {
                Weight = TextWeight.Bolder,
                Color = line.Reminder is ReminderKind.Overdue or ReminderKind.Escalation ? TextColor.Attention : TextColor.Default,
            },
            new TextBlock(title) { Spacing = Spacing.None },
        ]) { Separator = true, Spacing = Spacing.Small };
    }

    /// <summary>The text cut to <see cref="MaxTitle"/> characters (never inside a surrogate pair), with "…" when cut.</summary>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxTitle)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxTitle - 1]) ? MaxTitle - 1 : MaxTitle;
        return text[..cut] + "…";
    }
}
