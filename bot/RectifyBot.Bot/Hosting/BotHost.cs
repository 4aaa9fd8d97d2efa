using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using RectifyBot.Bot.Legal;

namespace RectifyBot.Bot.Hosting;

public static class BotHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRectifyBotHost(builder.Configuration);

        var app = builder.Build();
        app.MapGet("/", () => Results.Text("RectifyBot is running. Teams talks to it at /api/messages."));
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        app.MapLegalPages();
        return app;
    }
}
