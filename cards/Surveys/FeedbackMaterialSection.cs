using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.StatusReports;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// What a plan's or status report's feedback window asks about, on its rating card: each plan item (the problem, how
/// and by when it is handled, who is responsible, and for a step-by-step item the explanation to the masses), or the
/// status summary. Texts are shortened — at most <see cref="ProblemLength"/> and <see cref="ExplanationLength"/>
/// characters, less when there are many items (the items share <see cref="ProblemBudget"/> and
/// <see cref="ExplanationBudget"/>), responsible units' names to <see cref="UnitNameLength"/> — so the card with a plan's
/// <see cref="PlanLimits.Items"/> items, or 20 explained items, and an opinion kept at its limit stays under the 28 KB
/// a card may have on mobile. The web page shows everything in full.
/// </summary>
public static class FeedbackMaterialSection
{
    public const int ProblemLength = 150;
    public const int ExplanationLength = 200;
    public const int ProblemBudget = 1_600;
    public const int ExplanationBudget = 1_000;
    public const int UnitNameLength = 30;

    /// <summary>How much of each problem is shown when there are <paramref name="items"/> items.</summary>
    public static int ProblemLengthFor(int items) => Math.Min(ProblemLength, ProblemBudget / Math.Max(1, items));

    /// <summary>How much of each explanation is shown when there are <paramref name="items"/> items.</summary>
    public static int ExplanationLengthFor(int items) => Math.Min(ExplanationLength, ExplanationBudget / Math.Max(1, items));

    public static IEnumerable<CardElement> Elements(UserLanguage language, FeedbackMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        if (material.Status is { } status)
        {
            var explained = status.Summary.Explained.Count;
            return StatusReportCard.Summary(language, status.Summary, ProblemLengthFor(explained), ExplanationLengthFor(explained), "FeedbackCard_StatusIntro");
        }

        var body = new List<CardElement>();
        if (material.Plan is not { } plan)
        {
            return body;
        }

        body.Add(Heading(CardText.Format(language, "FeedbackCard_PlanItems", plan.Items.Count)));
        var (problemLength, explanationLength) = (ProblemLengthFor(plan.Items.Count), ExplanationLengthFor(plan.Items.Count));
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var item = plan.Items[i];
            var parts = new List<CardElement>
            {
                new TextBlock(Number(i + 1) + ". " + Shorten(OneLine(item.Problem), problemLength)) { Weight = TextWeight.Bolder },
                Hint(CardText.Format(language, "FeedbackCard_PlanItemLine", PlanDraftParts.Handling(language, item.Handling), Iso(item.Deadline), Shorten(material.UnitNameOf(item.ResponsibleUnitCode), UnitNameLength))),
            };
            if (item.Handling == PlanHandling.StepByStep && !string.IsNullOrWhiteSpace(item.Explanation))
            {
                parts.Add(Hint(CardText.Format(language, "FeedbackCard_PlanExplanation", Shorten(OneLine(item.Explanation), explanationLength))));
            }

            body.Add(new Container(parts) { Separator = true, Spacing = Spacing.Small });
        }

        return body;
    }
}
