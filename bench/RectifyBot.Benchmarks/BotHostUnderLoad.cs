using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using RectifyBot.Bot.Hosting;
using RectifyBot.Testing;

namespace RectifyBot.Benchmarks;

/// <summary>
/// RectifyBot's host as production builds it (AddRectifyBotHost, anonymous) on tables of its own, with a bare echo
/// bot on a plain CloudAdapter beside it in the same Kestrel: /api/messages and /api/echo.
/// </summary>
internal sealed class BotHostUnderLoad : IAsyncDisposable
{
    private BotHostUnderLoad(WebApplication app, HttpClient http)
    {
        App = app;
        Http = http;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public static async Task<BotHostUnderLoad> StartAsync(string connectionString, string tablePrefix)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Storage:ConnectionString"] = connectionString;
        builder.Configuration["Storage:TablePrefix"] = tablePrefix + Guid.NewGuid().ToString("N")[..8];
        builder.Services.AddRectifyBotHost(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var echoAdapter = new CloudAdapter(app.Services.GetRequiredService<BotFrameworkAuthentication>());
        var echoBot = new EchoBot();
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) => adapter.ProcessAsync(http.Request, http.Response, bot));
        app.MapPost("/api/echo", (HttpContext http) => echoAdapter.ProcessAsync(http.Request, http.Response, echoBot));
        await app.StartAsync();
        return new BotHostUnderLoad(app, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") });
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
