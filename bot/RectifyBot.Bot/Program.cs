using RectifyBot.Bot.Hosting;

var app = BotHost.Build(args);
await app.RunAsync().ConfigureAwait(false);
