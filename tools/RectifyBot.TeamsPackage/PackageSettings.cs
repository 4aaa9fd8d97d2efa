using System.Text.RegularExpressions;

namespace RectifyBot.TeamsPackage;

/// <summary>What the package needs from the environment: the Teams app id, the bot's app id and the bot's host name.</summary>
public sealed partial record PackageSettings(string TeamsAppId, string BotId, string BotDomain)
{
    /// <summary>
    /// From command-line options (--app-id, --bot-id, --domain) or, when absent, the environment:
    /// TEAMS_APP_ID, BOT_ID (else MicrosoftAppId), BOT_DOMAIN.
    /// </summary>
    public static PackageSettings From(IReadOnlyDictionary<string, string> options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        string? Option(string name) => options.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        var settings = new PackageSettings(
            Option("app-id") ?? environment("TEAMS_APP_ID") ?? "",
            Option("bot-id") ?? environment("BOT_ID") ?? environment("MicrosoftAppId") ?? "",
            Option("domain") ?? environment("BOT_DOMAIN") ?? "");
        settings.ThrowIfInvalid();
        return settings;
    }

    public void ThrowIfInvalid()
    {
        var problems = new List<string>();
        if (!Guid.TryParseExact(TeamsAppId, "D", out _))
        {
            problems.Add($"the Teams app id (--app-id / TEAMS_APP_ID) must be a GUID, got '{TeamsAppId}'");
        }

        if (!Guid.TryParseExact(BotId, "D", out _))
        {
            problems.Add($"the bot id (--bot-id / BOT_ID / MicrosoftAppId) must be a GUID, got '{BotId}'");
        }

        if (!HostName().IsMatch(BotDomain))
        {
            problems.Add($"the bot domain (--domain / BOT_DOMAIN) must be a host name without scheme or path, e.g. rectify.example.cn, got '{BotDomain}'");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems) + ".");
        }
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
