using System.Net;
using System.Text.RegularExpressions;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>A browser on the survey page without redirects: GET a link, POST its form, read the page's form token.</summary>
internal static partial class SurveyWebClient
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await Http.GetAsync(new Uri(url));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<(HttpStatusCode Status, string Html)> PostAsync(string url, IDictionary<string, string> fields, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The anti-forgery token of the page at <paramref name="url"/>.</summary>
    public static async Task<string> FormTokenAsync(string url) => FormTokenPattern().Match((await GetAsync(url)).Html).Groups[1].Value;

    [GeneratedRegex("name=\"formToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();
}
