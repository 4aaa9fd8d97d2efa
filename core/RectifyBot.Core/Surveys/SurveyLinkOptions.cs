using System.Globalization;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// Where the functions app's survey pages are reached from outside (section "SurveyWeb", key PublicBaseUrl, e.g.
/// https://rectify-func.azurewebsites.net): the one-time links, the suggestion box and the published results page are
/// built from it, in the bot (cards, the printable sheet) and in the functions app (notices).
/// </summary>
public sealed class SurveyLinkOptions
{
    public const string SectionName = "SurveyWeb";

    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:7071";

    private string Base => PublicBaseUrl.TrimEnd('/');

    public string Reply(string surveyId, string token) => string.Create(CultureInfo.InvariantCulture, $"{Base}/api/survey/{Uri.EscapeDataString(surveyId)}/{token}");

    public string Results(string surveyId) => string.Create(CultureInfo.InvariantCulture, $"{Base}/api/survey-results/{Uri.EscapeDataString(surveyId)}");

    public string SuggestionBox(string unitCode) => string.Create(CultureInfo.InvariantCulture, $"{Base}/api/suggestion-box/{Uri.EscapeDataString(unitCode)}");
}
