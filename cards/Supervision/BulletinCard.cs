using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Supervision.Bulletins;

namespace RectifyBot.Cards.Supervision;

/// <summary>
/// The weekly bulletin (通报) of a unit: counts by status with the change since last week, the completion rate, the
/// oldest overdue entries (at most <see cref="WeeklyBulletins.OverdueListed"/>, titles cut), and a consolidation banner.
/// </summary>
public static class BulletinCard
{
    public static AdaptiveCard Build(UserLanguage language, UnitBulletin bulletin, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(nameOf);
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Format(language, "Bulletin_Title", bulletin.UnitName, bulletin.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (bulletin.IsConsolidation)
        {
            body.Add(new TextBlock(Text("Bulletin_Consolidation")) { Color = TextColor.Warning, Weight = TextWeight.Bolder });
        }

        var now = bulletin.Figures;
        var last = bulletin.LastWeek;
        string Count(int value, int? before) => before is { } b
            ? CardText.Format(language, "Bulletin_CountChange", value, (value - b).ToString("+0;-0;0", CultureInfo.InvariantCulture))
            : value.ToString(CultureInfo.InvariantCulture);
        body.Add(new FactSet(
        [
            new Fact(Text("Bulletin_Total"), Count(now.Total, last?.Total)),
            new Fact(Text("Bulletin_Done"), Count(now.Done, last?.Done)),
            new Fact(Text("Bulletin_Open"), Count(now.Open, last?.Open)),
            new Fact(Text("Bulletin_Overdue"), Count(now.Overdue, last?.Overdue)),
            new Fact(Text("Bulletin_CompletionRate"), now.CompletionRate.ToString("P0", CultureInfo.InvariantCulture)
                + (last is null ? "" : CardText.Format(language, "Bulletin_LastWeekRate", last.CompletionRate.ToString("P0", CultureInfo.InvariantCulture)))),
        ]));
        if (last is null)
        {
            body.Add(new TextBlock(Text("Bulletin_FirstWeek")) { IsSubtle = true, Size = TextSize.Small });
        }

        if (bulletin.Overdue.Count > 0)
        {
            body.Add(new TextBlock(Text("Bulletin_OverdueList")) { Weight = TextWeight.Bolder, Separator = true });
            foreach (var entry in bulletin.Overdue)
            {
                                body.Add(new TextBlock(CardText.Format(language, "Bulletin_OverdueItem", nameOf(entry.OwnerNumber),
                    entry.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DigestCard.Cut(entry.Problem))) { Spacing = Spacing.Small });
            }
        }

        return new AdaptiveCard(body);
    }
}
