using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.SummaryReports;

namespace RectifyBot.Cards.SummaryReports;

/// <summary>
/// The office's view of the summary reports: every secondary committee and general branch, those not submitted first,
/// the others with who submitted and when; at most <see cref="Listed"/> of each, then "and N more".
/// </summary>
public static class SummaryReportStatusCard
{
    public const int Listed = 40;

    public static AdaptiveCard Build(UserLanguage language, IReadOnlyList<SummaryReportStatus> units, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(nameOf);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var missing = units.Where(u => u.Submission is null).ToList();
        var done = units.Where(u => u.Submission is not null).ToList();
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Get(language, "SummaryReportStatus_Title")) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(Format("SummaryReportStatus_Counts", done.Count, units.Count)) { Spacing = Spacing.Small },
            new TextBlock(Format("SummaryReportStatus_Missing", missing.Count)) { Weight = TextWeight.Bolder, Color = missing.Count > 0 ? TextColor.Attention : TextColor.Good, Spacing = Spacing.Medium },
        };
        body.AddRange(missing.Take(Listed).Select(u => (CardElement)new TextBlock($"{u.Unit.Name}（{u.Unit.Code}）") { Spacing = Spacing.None }));
        More(missing.Count);
        body.Add(new TextBlock(Format("SummaryReportStatus_Done", done.Count)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        body.AddRange(done.Take(Listed).Select(u => (CardElement)new TextBlock(Format("SummaryReportStatus_Line", u.Unit.Name, nameOf(u.Submission!.SubmittedByNumber), SummaryReportCard.At(u.Submission.SubmittedAt))) { Spacing = Spacing.None }));
        More(done.Count);
        return new AdaptiveCard(body, []);

        void More(int count)
        {
            if (count > Listed)
            {
                body.Add(new TextBlock(Format("SummaryReportStatus_More", count - Listed)) { IsSubtle = true, Spacing = Spacing.None });
            }
        }
    }
}
