using System.Globalization;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Delivery;

/// <summary>
/// "无法送达" / "unreachable": the people the channel refused for good (403 removed or blocked the bot, 404 unknown),
/// newest first, by name and unit with why and when (China Standard Time); at most <see cref="ItemsPerCard"/>, then "and N more".
/// </summary>
public static class UnreachableRecipientsCard
{
    public const int ItemsPerCard = 30;

    public static AdaptiveCard Build(UserLanguage language, UnreachableRecipientsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        string When(DateTimeOffset at) => ChinaTime.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        string Why(UnreachableRecipient r) => r.StatusCode == 403 ? Text("Unreachable_Status403") : Text("Unreachable_Status404");
        string Who(UnreachableRecipientsReport.Item item) => item.Person is { } p
            ? Format("RosterHealth_PersonItem", p.Name, report.Roster.Unit(p.PartyUnitCode ?? p.Post?.UnitCode)?.Name ?? Text("RosterHealth_NoUnit"))
            : Format("Unreachable_NotInRoster", item.Recipient.AadObjectId);

        var body = new List<CardElement>
        {
            new TextBlock(Text("Unreachable_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Format("Unreachable_CheckedAt", When(report.CheckedAt))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        };
        if (report.Items.Count == 0)
        {
            body.Add(new TextBlock(Text("Unreachable_None")) { Color = TextColor.Good });
        }
        else
        {
            body.Add(new TextBlock(Format("Unreachable_Count", report.Items.Count)) { Weight = TextWeight.Bolder });
            body.AddRange(report.Items.Take(ItemsPerCard).Select(item =>
                new TextBlock("• " + Format("Unreachable_Item", Who(item), Why(item.Recipient), When(item.Recipient.At))) { Spacing = Spacing.Small }));
            if (report.Items.Count > ItemsPerCard)
            {
                body.Add(new TextBlock(Format("Unreachable_More", report.Items.Count - ItemsPerCard)) { IsSubtle = true, Spacing = Spacing.Small });
            }

            body.Add(new TextBlock(Text("Unreachable_Hint")) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard(body, [new ExecuteAction(Text("Unreachable_RefreshButton"), KnownCommands.Unreachable.Verb)]);
    }
}
