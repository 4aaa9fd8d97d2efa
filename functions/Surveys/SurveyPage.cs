using System.Globalization;
using System.Net;
using System.Text;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// The survey page in zh-CN: plain HTML that works without JavaScript on a phone. Everything that comes from
/// people (unit names, questions, a plan's items, a typed opinion shown again) is HTML-escaped.
/// </summary>
public static class SurveyPage
{
    private const UserLanguage Language = UserLanguage.ZhCn;

    /// <param name="survey">The survey.</param>
    /// <param name="formToken">The form's anti-forgery token.</param>
    /// <param name="typed">What the person sent, shown again with a problem.</param>
    /// <param name="problem">The problem, in words.</param>
    /// <param name="material">What a plan's or status report's feedback window is about, shown in full above the form.</param>
    public static string Form(Survey survey, string formToken, SurveyReplyForm? typed = null, string? problem = null, FeedbackMaterial? material = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var html = new StringBuilder();
        html.Append("<h2>").Append(E(survey.Subject is null
            ? CardText.Format(Language, "Survey_Assessed", survey.UnitName)
            : SurveyWords.Title(Language, survey))).Append("</h2>");
        html.Append("<p class=\"muted\">").Append(E(CardText.Format(Language, "Survey_Window", Day(survey.Window.FirstChinaDay), Day(survey.Window.LastChinaDay)))).Append("</p>");
        html.Append("<p class=\"note\">").Append(E(CardText.Get(Language, "Survey_Anonymous"))).Append("</p>");
        if (material is not null)
        {
            FeedbackMaterialPage.Append(html, material);
        }

        if (problem is not null)
        {
            html.Append("<p class=\"problem\" role=\"alert\">").Append(E(problem)).Append("</p>");
        }

        html.Append("<form method=\"post\">");
        html.Append("<input type=\"hidden\" name=\"formToken\" value=\"").Append(E(formToken)).Append("\">");

        // The opinion first: the point of the survey is the masses' opinions, not a percentage.
        html.Append("<label for=\"opinion\" class=\"q\">").Append(E(CardText.Get(Language, SurveyWords.KeyFor("Survey_OpinionQuestion", survey)))).Append("</label>");
        html.Append("<p class=\"muted\">").Append(E(CardText.Format(Language, "Survey_OpinionHint", SurveyLimits.OpinionMaxLength))).Append("</p>");
        html.Append("<textarea id=\"opinion\" name=\"opinion\" rows=\"6\">").Append(E(typed?.Opinion ?? "")).Append("</textarea>");

        Choices(html, "choice", CardText.Format(Language, SurveyWords.KeyFor("Survey_SatisfactionQuestion", survey), survey.UnitName), typed?.Choice);
        foreach (var question in survey.ExtraQuestions)
        {
            Choices(html, question.Id, question.Text, typed?.Extras.TryGetValue(question.Id, out var c) == true ? c : null);
        }

        html.Append("<button type=\"submit\">").Append(E(CardText.Get(Language, "Survey_Submit"))).Append("</button></form>");
        return Document(html.ToString());
    }

    public static string Message(string message) => Document("<p class=\"message\">" + E(message) + "</p>");

    private static void Choices(StringBuilder html, string name, string question, SatisfactionChoice? chosen)
    {
        html.Append("<fieldset><legend class=\"q\">").Append(E(question)).Append("</legend>");
        foreach (var choice in Enum.GetValues<SatisfactionChoice>())
        {
            var id = name + "-" + choice;
            html.Append("<label class=\"choice\" for=\"").Append(E(id)).Append("\"><input type=\"radio\" id=\"").Append(E(id))
                .Append("\" name=\"").Append(E(name)).Append("\" value=\"").Append(choice).Append('"')
                .Append(chosen == choice ? " checked" : "").Append("> ")
                .Append(E(CardText.Get(Language, "Survey_Choice_" + choice))).Append("</label>");
        }

        html.Append("</fieldset>");
    }

    /// <summary>A whole zh-CN page around <paramref name="body"/> (already escaped HTML), titled <paramref name="title"/> or the survey's title.</summary>
    internal static string Document(string body, string? title = null) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + E(title ?? CardText.Get(Language, "Survey_Title")) + "</title><style>"
        + "body{font-family:system-ui,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.6}"
        + "textarea{width:100%;box-sizing:border-box;font-size:1rem}fieldset{border:1px solid #ccc;margin:1rem 0}"
        + ".choice{display:block;padding:.5rem 0;font-size:1.1rem}.q{font-weight:bold;display:block;margin-top:1rem}"
        + ".muted{color:#555;font-size:.9rem}.note{background:#f3f6fa;padding:.5rem}.problem{color:#a4262c;font-weight:bold}"
        + "button{width:100%;padding:.8rem;font-size:1.1rem;margin-top:1rem}"
        + ".bar{background:#eee;height:.8rem;margin:.2rem 0 .6rem}.bar span{display:block;height:100%}.good{background:#498205}.bad{background:#a4262c}"
        + ".opinion{white-space:pre-wrap;border-left:3px solid #ccc;padding-left:.5rem;margin:.5rem 0}"
        + "</style></head><body><h1>" + E(title ?? CardText.Get(Language, "Survey_Title")) + "</h1>" + body + "</body></html>";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
