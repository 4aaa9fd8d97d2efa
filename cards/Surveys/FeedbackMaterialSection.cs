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
/// status summary. Texts are shortened (<see cref="ProblemLength"/>, <see cref="ExplanationLength"/>) so a plan's
/// <see cref="PlanLimits.Items"/> items stay under the 28 KB a card may have on mobile.
/// </summary>
public static class FeedbackMaterialSection
{
    public const int ProblemLength = 150;
    public const int ExplanationLength = 200;

    public static IEnumerable<CardElement> Elements(UserLanguage language, FeedbackMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        if (material.Status is { } status)
        {
            return StatusReportCard.Summary(language, status.Summary);
        }

        var body = new List<CardElement>();
        if (material.Plan is not { } plan)
        {
            return body;
        }

        body.Add(Heading(CardText.Format(language, "FeedbackCard_PlanItems", plan.Items.Count)));
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var item = plan.Items[i];
            var parts = new List<CardElement>
            {
                new TextBlock(Number(i + 1) + ". " + Shorten(OneLine(item.Problem), ProblemLength)) { Weight = TextWeight.Bolder },
                Hint(CardText.Format(language, "FeedbackCard_PlanItemLine", PlanDraftParts.Handling(language, item.Handling), Iso(item.Deadline), material.UnitNameOf(item.ResponsibleUnitCode))),
            };
            if (item.Handling == PlanHandling.StepByStep && !string.IsNullOrWhiteSpace(item.Explanation))
            {
                parts.Add(Hint(CardText.Format(language, "FeedbackCard_PlanExplanation", Shorten(OneLine(item.Explanation), ExplanationLength))));
            }

            body.Add(new Container(parts) { Separator = true, Spacing = Spacing.Small });
        }

        return body;
    }
}
