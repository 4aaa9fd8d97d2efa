using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Testing.Activities;

namespace RectifyBot.Bot.Tests.Authentication;

/// <summary>Posts "帮助" from a new user to a running bot with a given bearer token (or none), as the channel would.</summary>
public static class BearerRequests
{
    private static readonly HttpClient Http = new();

    /// <returns>The HTTP status and the new user's AAD object id (to check whether the bot saw them).</returns>
    public static async Task<(HttpStatusCode Status, string AadObjectId)> PostHelpAsync(RunningBot bot, string serviceUrl, string? token)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var aad = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagesEndpoint)
        {
            Content = JsonContent.Create<JsonObject>(new TeamsActivities(serviceUrl, aad).Message("帮助")),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request);
        return (response.StatusCode, aad);
    }
}
