using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// GET and POST /api/survey/{surveyId}/{token} (anonymous: the one-time token is the credential): the survey page for
/// people without Teams, and its answer; for a plan's or status report's feedback window, the plan or status as
/// published above the rating form. A POST needs the page's form token (HMAC of the link) and, when the browser
/// sends one, an Origin of this site; each link is accepted once. Answers: 200 page or thanks, 400 a form to correct
/// (the typed opinion shown again, escaped), 403 forged form, 404 unknown survey or link, 409 link used, 410 closed.
/// </summary>
public sealed class SurveyWebForm(ISurveyRepository surveys, SurveyReplies replies, SurveyFormToken formTokens, FeedbackMaterials materials)
{
    private const UserLanguage Language = UserLanguage.ZhCn;

    [Function(nameof(SurveyWebForm))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "survey/{surveyId}/{token}")] HttpRequest request, string surveyId, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        Protect(request.HttpContext.Response);
        if (!SurveyToken.LooksValid(token))
        {
            return Problem(SurveyReplyProblem.UnknownToken);
        }

        var survey = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return Problem(SurveyReplyProblem.UnknownSurvey);
        }

        var state = await surveys.FindTokenAsync(survey.Id, SurveyToken.Hash(token), cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return Problem(SurveyReplyProblem.UnknownToken);
        }

        if (state.Value.Used)
        {
            return Problem(SurveyReplyProblem.TokenUsed);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            var (_, windowProblem) = await replies.CheckAsync(survey.Id, SurveyReplyForm.Of(SatisfactionChoice.DontKnow, null), cancellationToken).ConfigureAwait(false);
            return windowProblem is { } p
                ? Problem(p)
                : Html(200, SurveyPage.Form(survey, formTokens.For(survey.Id, token), material: await materials.ForSurveyAsync(survey, cancellationToken).ConfigureAwait(false)));
        }

        if (!request.HasFormContentType)
        {
            return Html(403, SurveyPage.Message(CardText.Get(Language, "Survey_FormExpired")));
        }

        var posted = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        if (!formTokens.Matches(survey.Id, token, posted["formToken"]) || !SameOrigin(request))
        {
            return Html(403, SurveyPage.Message(CardText.Get(Language, "Survey_FormExpired")));
        }

        var form = Read(survey, posted);
        var problem = await replies.AcceptFromLinkAsync(survey.Id, token, form, cancellationToken).ConfigureAwait(false);
        return problem switch
        {
            null => Html(200, SurveyPage.Message(CardText.Get(Language, "Survey_Thanks"))),
            SurveyReplyProblem.OpinionTooLong or SurveyReplyProblem.Empty =>
                Html(400, SurveyPage.Form(survey, formTokens.For(survey.Id, token), form, Text(problem.Value), await materials.ForSurveyAsync(survey, cancellationToken).ConfigureAwait(false))),
            _ => Problem(problem.Value),
        };
    }

    private static SurveyReplyForm Read(Survey survey, IFormCollection posted)
    {
        var extras = new Dictionary<string, SatisfactionChoice>(StringComparer.Ordinal);
        foreach (var question in survey.ExtraQuestions)
        {
            if (Choice(posted[question.Id]) is { } choice)
            {
                extras[question.Id] = choice;
            }
        }

        return new SurveyReplyForm(Choice(posted["choice"]), extras, posted["opinion"].ToString());
    }

    private static SatisfactionChoice? Choice(string? value) =>
        Enum.TryParse<SatisfactionChoice>(value, ignoreCase: false, out var choice) && Enum.IsDefined(choice) && !int.TryParse(value, out _) ? choice : null;

    /// <summary>Browsers send Origin on a form POST; one from another site is a cross-site post. No Origin (old browsers) relies on the form token alone.</summary>
    internal static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin)
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    internal static void Protect(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Frame-Options"] = "DENY";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    }

    private static ContentResult Problem(SurveyReplyProblem problem) => Html(
        problem switch
        {
            SurveyReplyProblem.UnknownSurvey or SurveyReplyProblem.UnknownToken => 404,
            SurveyReplyProblem.TokenUsed or SurveyReplyProblem.AlreadyAnswered => 409,
            SurveyReplyProblem.WindowClosed => 410,
            SurveyReplyProblem.NotYetOpen or SurveyReplyProblem.NotAsked => 403,
            _ => 400,
        },
        SurveyPage.Message(Text(problem)));

    private static string Text(SurveyReplyProblem problem) => problem == SurveyReplyProblem.OpinionTooLong
        ? CardText.Format(Language, "Survey_Problem_OpinionTooLong", SurveyLimits.OpinionMaxLength)
        : CardText.Get(Language, "Survey_Problem_" + problem);

    internal static ContentResult Html(int status, string html) => new() { StatusCode = status, ContentType = "text/html; charset=utf-8", Content = html };
}
