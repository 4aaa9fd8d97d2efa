using System.Globalization;
using System.Text;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using static RectifyBot.Functions.Surveys.SurveyPage;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// The read-only part of a plan's or status report's feedback page (zh-CN, above the rating form): every item of the
/// plan in full — problem, handling, deadline, responsible department, and for a step-by-step item the
/// explanation to the masses with its milestones — or the status summary. Everything is HTML-escaped.
/// </summary>
public static class FeedbackMaterialPage
{
    private const UserLanguage Language = UserLanguage.ZhCn;

    public static void Append(StringBuilder html, FeedbackMaterial material)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(material);
        if (material.Plan is { } plan)
        {
            html.Append("<h3>").Append(E(CardText.Format(Language, "FeedbackCard_PlanItems", plan.Items.Count))).Append("</h3><ol>");
            foreach (var item in plan.Items)
            {
                html.Append("<li><p class=\"opinion\">").Append(E(item.Problem)).Append("</p><p class=\"muted\">")
                    .Append(E(CardText.Format(Language, "FeedbackCard_PlanItemLine", CardText.Get(Language, "PlanHandling_" + item.Handling), Day(item.Deadline), material.UnitNameOf(item.ResponsibleUnitCode))))
                    .Append("</p>");
                if (item.Handling == PlanHandling.StepByStep && !string.IsNullOrWhiteSpace(item.Explanation))
                {
                    html.Append("<p>").Append(E(CardText.Format(Language, "FeedbackCard_PlanExplanation", item.Explanation))).Append("</p>");
                    if (item.Milestones.Count > 0)
                    {
                        html.Append("<ul>");
                        foreach (var milestone in item.Milestones)
                        {
                            html.Append("<li>").Append(Day(milestone.Date)).Append(' ').Append(E(milestone.Description)).Append("</li>");
                        }

                        html.Append("</ul>");
                    }
                }

                html.Append("</li>");
            }

            html.Append("</ol>");
        }

        if (material.Status is { } status)
        {
            var summary = status.Summary;
            html.Append("<p class=\"muted\">").Append(E(CardText.Get(Language, "FeedbackCard_StatusIntro"))).Append("</p><table>");
            Row(html, "StatusReport_InProgress", summary.InProgress);
            Row(html, "StatusReport_Overdue", summary.Overdue);
            Row(html, "StatusReport_DoneOnTime", summary.DoneOnTime);
            Row(html, "StatusReport_DoneLate", summary.DoneLate);
            Row(html, "StatusReport_Total", summary.Total);
            html.Append("</table>");
            if (summary.Explained.Count > 0)
            {
                html.Append("<h3>").Append(E(CardText.Get(Language, "StatusReport_ExplainedHeading"))).Append("</h3><ul>");
                foreach (var item in summary.Explained)
                {
                    html.Append("<li><p class=\"opinion\">").Append(E(item.Problem)).Append("</p><p class=\"muted\">")
                        .Append(E(CardText.Format(Language, "StatusReport_ExplainedLine", Day(item.Deadline), item.Explanation))).Append("</p></li>");
                }

                html.Append("</ul>");
            }
        }
    }

    private static void Row(StringBuilder html, string key, int count) =>
        html.Append("<tr><th>").Append(E(CardText.Get(Language, key))).Append("</th><td>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
