using System.Text.RegularExpressions;

namespace RectifyBot.Functions.DevRunner.Configuration;

/// <summary>Resolves %Setting% in trigger attributes from configuration, as the Functions host does ("A__B" app settings are "A:B" here).</summary>
public static partial class SettingPlaceholders
{
    public static string Resolve(string value, IConfiguration configuration, string functionName)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(configuration);
        return Placeholder().Replace(value, match =>
        {
            var key = match.Groups[1].Value;
            var resolved = configuration[key];
            return string.IsNullOrWhiteSpace(resolved)
                ? throw new InvalidOperationException($"Function '{functionName}' refers to app setting '%{key}%', which is not set (local.settings.json Values, environment variable {key.Replace(":", "__", StringComparison.Ordinal)}, or --{key}=...).")
                : resolved;
        });
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Placeholder();
}
