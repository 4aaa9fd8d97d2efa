using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Supervision;

namespace RectifyBot.Cards.Supervision;

/// <summary>
/// The daily supervision digest (one card per person per run), and the "督办提醒" / "my reminders" list. Up to
/// <see cref="DigestView.MaxItems"/> lines, then "及其他 N 项" with a button (<see cref="ShowAllVerb"/>) that lists them
/// all; titles are cut to <see cref="MaxTitle"/> characters, which keeps the card far under Teams' 80 KB. A line the
/// reader can act on has its own button: a ledger entry they own opens its progress card (<see cref="MeasureActions.LedgerOpenVerb"/>),
/// a filing or 上级协调 item of their parent unit opens "我的单位方案" (<see cref="OpenUnitPlansVerb"/>); 20 buttons add about 5 KB.
/// </summary>
public static class DigestCard
{
    public const string ShowAllVerb = "supervision-mine";

    public const string OpenUnitPlansVerb = "unit-plans-open";

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
            .. Open(language, line),
        ]) { Separator = true, Spacing = Spacing.Small };
    }

    private static IEnumerable<CardElement> Open(UserLanguage language, DigestLine line)
    {
        if (line.EntryId is { } entryId)
        {
            yield return new ActionSet([new ExecuteAction(CardText.Get(language, "Measure_RecordProgressButton"), MeasureActions.LedgerOpenVerb,
                new Dictionary<string, string>(StringComparer.Ordinal) { [MeasureActions.EntryKey] = entryId })]) { Spacing = Spacing.Small };
        }
        else if (line.OpensUnitPlans)
        {
            yield return new ActionSet([new ExecuteAction(CardText.Get(language, "Supervision_OpenUnitPlans"), OpenUnitPlansVerb)]) { Spacing = Spacing.Small };
        }
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
