using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RectifyBot.Testing.Playground;

/// <summary>
/// Drives a running Playground the way its web page does (docs/playground.md): sends as the
/// config's current user into the personal chat, and collects the bot's messages from the page's
/// WebSocket stream, which it opens at once so nothing sent to the page is missed.
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly PlaygroundMessageStream _stream;

    private PlaygroundClient(HttpClient http, PlaygroundMessageStream stream, PlaygroundTenant tenant)
    {
        _http = http;
        _stream = stream;
        Tenant = tenant;
    }

    public PlaygroundTenant Tenant { get; }

    /// <summary>Every chat message the page would have shown so far (the bot's, in arrival order).</summary>
    public IReadOnlyList<PlaygroundMessage> Messages => _stream.Messages;

    public static async Task<PlaygroundClient> ConnectAsync(Uri baseAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var stream = new PlaygroundMessageStream();
        try
        {
            // The config call waits (up to 15 s) for the bot endpoint to answer, as the page does.
            var config = await http.GetFromJsonAsync<JsonElement>("_internal/v1/config", cancellationToken).ConfigureAwait(false);
            await stream.ConnectAsync(baseAddress, cancellationToken).ConfigureAwait(false);
            return new PlaygroundClient(http, stream, PlaygroundTenant.Parse(config));
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            http.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What opening the page does: the bot gets installationUpdate (action add) and then
    /// conversationUpdate (membersAdded: the user and the bot) for the personal chat.
    /// Sending messages through the REST API alone never triggers these.
    /// </summary>
    public async Task OpenPersonalChatAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync(
            $"_debug/conversation/{Uri.EscapeDataString(Tenant.PersonalChatId)}/installation", new { }, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Types <paramref name="text"/> into the personal chat as the current user; returns the Playground's message id.</summary>
    public async Task<string> SendMessageAsync(string text, CancellationToken cancellationToken = default)
    {
        var body = new { from = new { id = Tenant.CurrentUserId }, text, textFormat = "plain" };
        using var response = await _http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(Tenant.PersonalChatId)}/messages", body, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        return created.GetProperty("messageId").GetString() ?? "";
    }

    /// <summary>A template for "Mock an Activity" (type: install, uninstall, userAdded, botAdded, ...; null gives a bare one).</summary>
    public async Task<JsonObject> GetCustomActivityTemplateAsync(string? type = null, CancellationToken cancellationToken = default)
    {
        var query = $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(Tenant.PersonalChatId)}"
            + (type is null ? "" : "&type=" + Uri.EscapeDataString(type));
        return await _http.GetFromJsonAsync<JsonObject>(query, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Empty custom activity template.");
    }

    /// <summary>Posts <paramref name="activity"/> to the bot as is (any type, any sender); the Playground answers before the bot does.</summary>
    public async Task SendCustomActivityAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync("_internal/v1/customActivities", activity, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first message from the bot, already received or still to come, that matches <paramref name="predicate"/>.</summary>
    public Task<PlaygroundMessage> WaitForBotReplyAsync(Func<PlaygroundMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _stream.WaitForAsync(m => m.FromId == Tenant.BotId && predicate(m), timeout, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"The Playground answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _http.Dispose();
    }
}
