using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// GET /api/survey-results/{surveyId} (anonymous): the published results of a survey for people without Teams — a
/// read-only zh-CN page without JavaScript: the opinions first (escaped, line breaks kept), then per category the
/// valid answers, the satisfaction rate and the share of 不满意 with bars drawn in CSS. 404 until published.
/// </summary>
public sealed class SurveyResultsPage(ISurveyRepository surveys, SurveyResults results)
{
    private const UserLanguage Language = UserLanguage.ZhCn;

    [Function(nameof(SurveyResultsPage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "survey-results/{surveyId}")] HttpRequest request, string surveyId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        SurveyWebForm.Protect(request.HttpContext.Response);
        var survey = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey?.PublishedAt is null || await results.TallyAsync(survey.Id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return SurveyWebForm.Html(404, SurveyPage.Message(CardText.Get(Language, "SurveyResults_PageNotPublished")));
        }

        return SurveyWebForm.Html(200, Render(found.Survey, found.Tally));
    }

    public static string Render(Survey survey, SurveyTally tally)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(tally);
        static string E(string text) => SurveyPage.E(text);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append("<h2>").Append(E(CardText.Format(Language, "SurveyResults_Unit", survey.UnitName, Day(survey.Window.FirstChinaDay), Day(survey.Window.LastChinaDay)))).Append("</h2>");
        html.Append("<p>").Append(E(CardText.Get(Language, "SurveyResults_Verdict_" + tally.Verdict))).Append("</p>");
        html.Append("<h3>").Append(E(CardText.Format(Language, "SurveyResults_Opinions", tally.Opinions.Count))).Append("</h3>");
        if (tally.Opinions.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(E(CardText.Get(Language, "SurveyResults_NoOpinions"))).Append("</p>");
        }

        foreach (var opinion in tally.Opinions)
        {
            html.Append("<p class=\"opinion\">").Append(E(opinion)).Append("</p>");
        }

        html.Append("<h3>").Append(E(CardText.Format(Language, "SurveyResults_Answers", tally.Answers, tally.Asked))).Append("</h3>");
        Line(html, CardText.Get(Language, "SurveyResults_Overall"), tally.Overall.Valid, tally.Overall);
        foreach (var category in tally.Categories)
        {
            Line(html, CardText.Get(Language, "SurveyCategory_" + category.Category), category.Answers, category.Counts);
        }

        if (tally.AnswersNotBrokenDown > 0)
        {
            html.Append("<p class=\"muted\">").Append(E(CardText.Format(Language, "SurveyResults_NotBrokenDown", tally.AnswersNotBrokenDown, SurveyLimits.SmallestGroup))).Append("</p>");
        }

        foreach (var question in survey.ExtraQuestions.Where(q => tally.ExtraQuestions.ContainsKey(q.Id)))
        {
            Line(html, question.Text, tally.ExtraQuestions[question.Id].Valid, tally.ExtraQuestions[question.Id]);
        }

        return SurveyPage.Document(html.ToString(), CardText.Get(Language, "SurveyResults_PageTitle"));
    }

    private static void Line(StringBuilder html, string label, int valid, SatisfactionCounts counts)
    {
        html.Append("<p class=\"q\">").Append(SurveyPage.E(CardText.Format(Language, "SurveyResults_Line", label, valid,
            SurveyResultsCard.Percent(counts.SatisfactionRate), SurveyResultsCard.Percent(counts.DissatisfiedShare)))).Append("</p>");
        Bar(html, "good", counts.SatisfactionRate);
        Bar(html, "bad", counts.DissatisfiedShare);
    }

    private static void Bar(StringBuilder html, string kind, double? share) =>
        html.Append("<div class=\"bar\"><span class=\"").Append(kind).Append("\" style=\"width:")
            .Append(((share ?? 0) * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append("%\"></span></div>");
}
