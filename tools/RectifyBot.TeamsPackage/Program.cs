using RectifyBot.TeamsPackage;

// Usage: RectifyBot.TeamsPackage [--template infra/teams] [--out artifacts/rectifybot-teams.zip]
//                                [--app-id GUID] [--bot-id GUID] [--domain host]
// Missing ids come from TEAMS_APP_ID, BOT_ID (or MicrosoftAppId) and BOT_DOMAIN.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"unexpected argument '{args[i]}'; options are --template, --out, --app-id, --bot-id, --domain, each with a value");
        return 2;
    }

    options[args[i][2..]] = args[++i];
}

try
{
    var settings = PackageSettings.From(options, Environment.GetEnvironmentVariable);
    var template = options.GetValueOrDefault("template", Path.Combine("infra", "teams"));
    var output = options.GetValueOrDefault("out", Path.Combine("artifacts", "rectifybot-teams.zip"));
    AppPackage.Build(template, settings, output);
    Console.WriteLine($"Teams app package: {Path.GetFullPath(output)} (app {settings.TeamsAppId}, bot {settings.BotId}, {settings.BotDomain})");
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
