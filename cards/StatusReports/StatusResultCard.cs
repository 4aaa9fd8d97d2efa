using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.StatusReports;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.StatusReports;

/// <summary>
/// How a published status's feedback window ended, for the publisher, the unit's leaders and (unless satisfactory) the
/// office: the majority rule's outcome, the counts and the opinions' text (never who answered what).
/// </summary>
public static class StatusResultCard
{
    public static AdaptiveCard Build(UserLanguage language, string unitName, StatusReport report, IReadOnlyList<string>? opinions = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        string Text(string key) => CardText.Get(language, key);
        var body = new List<CardElement>
        {
            Title(CardText.Format(language, "StatusResult_Title", unitName)),
            new TextBlock(CardText.Format(language, "StatusResult_Outcome_" + report.Status, PlanWords.Scope(language, report.Publication.Scope), Iso(report.Publication.LastDay)))
            {
                Weight = TextWeight.Bolder,
                Color = report.Status == StatusReportStatus.Satisfactory ? TextColor.Good : TextColor.Attention,
            },
        };
        if (report.Decision is { } decision)
        {
            var c = decision.Counts;
            body.Add(new FactSet(
            [
                new(Text("StatusResult_Asked"), Number(c.Asked)),
                new(Text("StatusResult_Satisfied"), Number(c.Satisfied)),
                new(Text("StatusResult_BasicallySatisfied"), Number(c.BasicallySatisfied)),
                new(Text("StatusResult_Dissatisfied"), Number(c.Dissatisfied)),
                new(Text("StatusResult_DoNotKnow"), Number(c.DoNotKnow)),
            ]) { Spacing = Spacing.Medium });
        }

        body.AddRange(PlanWords.Opinions(language, opinions ?? []));
        return new AdaptiveCard(body);
    }
}
