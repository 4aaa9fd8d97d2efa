using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RectifyBot.Testing;

namespace RectifyBot.Bot.Tests.LocalRun;

/// <summary>
/// A stand-in bot speaking the Bot Framework protocol by hand, to check the Playground helpers
/// without RectifyBot: it records every activity and answers a message with "echo: text" plus an
/// Adaptive Card, and a conversationUpdate that adds someone with a card alone, through the
/// connector at the activity's serviceUrl.
/// </summary>
internal sealed class EchoBotEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _connector = new();

    private EchoBotEndpoint(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public static async Task<EchoBotEndpoint> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var app = builder.Build();
        var endpoint = new EchoBotEndpoint(app, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/api/messages"));
        app.MapPost("/api/messages", endpoint.OnActivityAsync);
        await app.StartAsync();
        return endpoint;
    }

    private async Task<IResult> OnActivityAsync(HttpRequest request)
    {
        var activity = await request.ReadFromJsonAsync<JsonObject>() ?? [];
        Received.Enqueue(activity);
        var type = (string?)activity["type"];
        if (type == "message")
        {
            await ReplyAsync(activity, "echo: " + (string?)activity["text"], Card("收到：" + (string?)activity["text"]));
        }
        else if (type == "conversationUpdate" && activity["membersAdded"] is JsonArray added
            && added.Any(m => (string?)m?["id"] != (string?)activity["recipient"]?["id"]))
        {
            await ReplyAsync(activity, text: null, Card("欢迎使用 RectifyBot"));
        }

        return Results.Ok();
    }

    private async Task ReplyAsync(JsonObject activity, string? text, JsonObject card)
    {
        var serviceUrl = ((string?)activity["serviceUrl"] ?? "").TrimEnd('/');
        var conversationId = Uri.EscapeDataString((string?)activity["conversation"]?["id"] ?? "");
        var reply = new JsonObject
        {
            ["type"] = "message",
            ["from"] = activity["recipient"]?.DeepClone(),
            ["recipient"] = activity["from"]?.DeepClone(),
            ["conversation"] = activity["conversation"]?.DeepClone(),
            ["replyToId"] = (string?)activity["id"],
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
        };
        if (text is not null)
        {
            reply["text"] = text;
        }

        var url = new Uri($"{serviceUrl}/v3/conversations/{conversationId}/activities/{Uri.EscapeDataString((string?)activity["id"] ?? "")}");
        using var response = await _connector.PostAsJsonAsync(url, reply);
        response.EnsureSuccessStatusCode();
    }

    private static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _connector.Dispose();
    }
}
