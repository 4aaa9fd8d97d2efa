using System.Globalization;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Ledger;

/// <summary>
/// "台帐" / "ledger" and "逾期" / "overdue": counts by status, completion rate and submission coverage of the viewer's
/// units, a line per unit (at most <see cref="UnitRows"/>) and the longest overdue items (at most
/// <see cref="OverdueItems"/>, or <see cref="OverdueItemsWhenAsked"/> for "逾期"), with an "export Excel" button. Status
/// only: no problem or measure text.
/// </summary>
public static class LedgerSummaryCard
{
    public const int UnitRows = 12;

    public const int OverdueItems = 5;

    public const int OverdueItemsWhenAsked = 15;

    public static AdaptiveCard Build(UserLanguage language, LedgerView view, bool overdueAsked = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        static string Percent(double fraction) => fraction.ToString("0.0%", CultureInfo.InvariantCulture);
        static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var totals = view.Totals;
        var scope = totals.UnitName.Length > 0 ? totals.UnitName : string.Join("、", view.Units.Take(3).Select(u => u.UnitName));

        var body = new List<CardElement>
        {
            new TextBlock(Text(overdueAsked ? "Ledger_OverdueTitle" : "Ledger_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Format("Ledger_Scope", scope, Date(view.Today))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
            new FactSet(
            [
                new Fact(Text("Ledger_InProgress"), Number(totals.InProgress)),
                new Fact(Text("LedgerView_Overdue"), Number(totals.Overdue)),
                new Fact(Text("LedgerView_DoneOnTime"), Number(totals.DoneOnTime)),
                new Fact(Text("LedgerView_DoneLate"), Number(totals.DoneLate)),
                new Fact(Text("Ledger_CompletionRate"), Percent(totals.CompletionRate)),
                new Fact(Text("Ledger_Coverage"), Format("Ledger_CoverageValue", totals.Submitted, totals.Members, Percent(totals.Coverage))),
            ]),
        };

        var units = view.Units.Where(u => u.UnitCode != totals.UnitCode).ToList();
        if (!overdueAsked && units.Count > 0)
        {
            var lines = new List<CardElement> { new TextBlock(Text("Ledger_UnitsHeading")) { Weight = TextWeight.Bolder } };
            lines.AddRange(units.Take(UnitRows).Select(u => new TextBlock("• " + Format("Ledger_UnitItem", u.UnitName, u.Done, u.Total, u.Overdue, u.Submitted, u.Members)) { Spacing = Spacing.Small }));
            if (units.Count > UnitRows)
            {
                lines.Add(new TextBlock(Format("Ledger_More", units.Count - UnitRows)) { IsSubtle = true, Spacing = Spacing.Small });
            }

            body.Add(new Container(lines) { Separator = true, Spacing = Spacing.Medium });
        }

        var overdue = view.Overdue.ToList();
        var shown = overdueAsked ? OverdueItemsWhenAsked : OverdueItems;
        var items = new List<CardElement> { new TextBlock(Text("Ledger_OverdueHeading")) { Weight = TextWeight.Bolder } };
        if (overdue.Count == 0)
        {
            items.Add(new TextBlock(Text("Ledger_NoOverdue")) { Color = TextColor.Good, Spacing = Spacing.Small });
        }

        items.AddRange(overdue.Take(shown).Select(l => new TextBlock("• " + Format("Ledger_OverdueItem", l.OwnerName, l.UnitName, Date(l.Line.Deadline), l.DaysOverdue))
        {
            Spacing = Spacing.Small,
            Color = TextColor.Attention,
        }));
        if (overdue.Count > shown)
        {
            items.Add(new TextBlock(Format("Ledger_More", overdue.Count - shown)) { IsSubtle = true, Spacing = Spacing.Small });
        }

        body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        return new AdaptiveCard(body, [new ExecuteAction(Text("Ledger_ExportButton"), KnownCommands.LedgerExportVerb)]);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
