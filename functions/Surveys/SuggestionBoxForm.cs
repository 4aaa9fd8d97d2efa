using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// GET and POST /api/suggestion-box/{unitCode} (anonymous): a unit's suggestion box for people without Teams — a zh-CN
/// page without JavaScript with one text field. A POST needs the page's form token (HMAC of the unit and the time the
/// page was served, two hours) and, when the browser sends one, an Origin of this site. The opinion goes to the same
/// queue and ingestion as every answer, with no address, cookie or time kept. A unit's box takes at most
/// SurveyWeb:SuggestionsPerUnitPerHour opinions an hour (the only limit that needs no person). Answers: 200 page or
/// thanks, 400 the form again with the typed text (escaped), 403 forged or expired form, 404 unknown unit, 429 the
/// hour's cap reached (the form again with the text).
/// </summary>
public sealed class SuggestionBoxForm(
    IRosterRepository rosters,
    SuggestionBox box,
    SurveyFormToken formTokens,
    ISuggestionBoxQuota quota,
    IOptions<SurveyWebOptions> options,
    TimeProvider time)
{
    private const UserLanguage Language = UserLanguage.ZhCn;

    [Function(nameof(SuggestionBoxForm))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "suggestion-box/{unitCode}")] HttpRequest request, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        SurveyWebForm.Protect(request.HttpContext.Response);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode) is not { } unit)
        {
            return SurveyWebForm.Html(404, SurveyPage.Message(CardText.Get(Language, "SuggestionBox_Problem_UnknownUnit")));
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return SurveyWebForm.Html(200, Page(unit, formTokens.ForBox(unit.Code, time.GetUtcNow())));
        }

        if (!request.HasFormContentType)
        {
            return SurveyWebForm.Html(403, SurveyPage.Message(CardText.Get(Language, "Survey_FormExpired")));
        }

        var posted = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        if (!formTokens.MatchesBox(unit.Code, posted["formToken"], time.GetUtcNow()) || !SurveyWebForm.SameOrigin(request))
        {
            return SurveyWebForm.Html(403, SurveyPage.Message(CardText.Get(Language, "Survey_FormExpired")));
        }

        var opinion = posted["opinion"].ToString();
        var now = time.GetUtcNow();
        if (!await quota.TryTakeAsync(unit.Code, now, Math.Max(1, options.Value.SuggestionsPerUnitPerHour), cancellationToken).ConfigureAwait(false))
        {
            // The cap of the hour is reached: the page again with the text as typed, and when to send it.
            var nextHour = ChinaTime.ToChinaTime(new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour + 1), TimeSpan.Zero));
            return SurveyWebForm.Html(429, Page(unit, formTokens.ForBox(unit.Code, now), opinion,
                CardText.Format(Language, "SuggestionBox_Problem_Busy", nextHour.ToString("HH:mm", CultureInfo.InvariantCulture))));
        }

        var problem = await box.LeaveAsync(roster, unit.Code, opinion, cancellationToken).ConfigureAwait(false);
        return problem is null
            ? SurveyWebForm.Html(200, SurveyPage.Message(CardText.Format(Language, "SuggestionBox_Received", unit.Name)))
            : SurveyWebForm.Html(400, Page(unit, formTokens.ForBox(unit.Code, time.GetUtcNow()), opinion,
                CardText.Format(Language, "SuggestionBox_Problem_" + problem, SurveyLimits.OpinionMaxLength)));
    }

    private static string Page(OrganisationUnit unit, string formToken, string? typed = null, string? problem = null)
    {
        static string E(string text) => SurveyPage.E(text);
        var html = new StringBuilder();
        html.Append("<h2>").Append(E(CardText.Format(Language, "SuggestionBox_PageUnit", unit.Name))).Append("</h2>");
        html.Append("<p class=\"note\">").Append(E(CardText.Get(Language, "SuggestionBox_Anonymous"))).Append("</p>");
        if (problem is not null)
        {
            html.Append("<p class=\"problem\" role=\"alert\">").Append(E(problem)).Append("</p>");
        }

        html.Append("<form method=\"post\"><input type=\"hidden\" name=\"formToken\" value=\"").Append(E(formToken)).Append("\">");
        html.Append("<label for=\"opinion\" class=\"q\">").Append(E(CardText.Format(Language, "SuggestionBox_Opinion", SurveyLimits.OpinionMaxLength))).Append("</label>");
        html.Append("<textarea id=\"opinion\" name=\"opinion\" rows=\"8\">").Append(E(typed ?? "")).Append("</textarea>");
        html.Append("<button type=\"submit\">").Append(E(CardText.Get(Language, "SuggestionBox_Send"))).Append("</button></form>");
        return SurveyPage.Document(html.ToString(), CardText.Get(Language, "SuggestionBox_PageTitle"));
    }
}
