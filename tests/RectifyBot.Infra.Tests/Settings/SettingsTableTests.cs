using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RectifyBot.Testing;

namespace RectifyBot.Infra.Tests.Settings;

/// <summary>
/// One table of settings (docs/conventions.md) and the same names everywhere: every setting that appsettings,
/// functions/local.settings.json.example or the Bicep app settings name has a row in the table (":" in the table is
/// "__" in environment variables and app settings).
/// </summary>
public sealed partial class SettingsTableTests
{
    /// <summary>ASP.NET Core's own keys, not RectifyBot settings.</summary>
    private static readonly string[] FrameworkKeys = ["Logging", "AllowedHosts", "IsEncrypted"];

    [Fact]
    public void Every_setting_in_appsettings_is_in_the_table()
    {
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("bot", "RectifyBot.Bot"), "appsettings*.json"))
        {
            AssertDocumented(Path.GetFileName(file), Flatten(JsonNode.Parse(File.ReadAllText(file))!.AsObject(), ""));
        }
    }

    [Fact]
    public void Every_setting_in_local_settings_json_example_is_in_the_table()
    {
        var values = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("functions", "local.settings.json.example")))!["Values"]!.AsObject();
        AssertDocumented("local.settings.json.example", values.Select(v => v.Key));
    }

    [Fact]
    public void Every_app_setting_the_Bicep_sets_is_in_the_table()
    {
        var names = BicepSettings().ToList();
        Assert.Contains("Cloud", names);
        Assert.Contains("Storage__TableServiceUri", names);
        Assert.Contains("AzureWebJobsStorage__credential", names);
        Assert.Contains("FUNCTIONS_WORKER_RUNTIME", names);
        AssertDocumented("infra/*.bicep", names);
    }

    [Fact]
    public void Every_schedule_the_functions_read_is_set_by_the_Bicep_and_the_local_settings_example()
    {
        var schedules = ScheduleReference().Matches(File.ReadAllText(RepositoryRoot.Combine("functions", "FunctionSettings.cs")))
            .Select(m => m.Groups[1].Value.Replace(":", "__", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(schedules);
        var local = File.ReadAllText(RepositoryRoot.Combine("functions", "local.settings.json.example"));
        var bicep = BicepSettings().ToList();
        Assert.All(schedules, s => Assert.Contains(s, bicep));
        Assert.All(schedules, s => Assert.Contains($"\"{s}\"", local, StringComparison.Ordinal));
    }

    [Fact]
    public void A_setting_missing_from_the_table_is_noticed()
    {
        var error = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertDocumented("test", ["Storage__ConnectionString", "Storage__Colour"]));
        Assert.Contains("Storage:Colour", error.Message, StringComparison.Ordinal);
    }

    private static void AssertDocumented(string source, IEnumerable<string> names)
    {
        var documented = DocumentedNames();
        var missing = names.Select(Normalize).Where(n => !documented.Any(d => d.IsMatch(n))).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{source} has settings without a row in docs/conventions.md: {string.Join(", ", missing)}");
    }

    private static string Normalize(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>The names in the first column of the settings table; "&lt;Function&gt;" stands for any name.</summary>
    private static List<Regex> DocumentedNames()
    {
        var table = File.ReadLines(RepositoryRoot.Combine("docs", "conventions.md"))
            .SkipWhile(l => !l.StartsWith("| name |", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|'));
        return [.. table
            .SelectMany(row => BacktickedName().Matches(row.Split('|')[1]).Select(m => Normalize(m.Groups[1].Value)))
            .Select(n => new Regex("^" + Regex.Escape(n).Replace("<Function>", "[A-Za-z0-9_]+", StringComparison.Ordinal) + "$"))];
    }

    private static IEnumerable<string> Flatten(JsonObject json, string prefix) =>
        json.Where(p => prefix.Length > 0 || !FrameworkKeys.Contains(p.Key)).SelectMany(p => p.Value is JsonObject child
            ? Flatten(child, prefix + p.Key + ":")
            : [prefix + p.Key]);

    /// <summary>The app setting names in the Bicep's settings objects (hostSettings, functionsSettings, dedicatedRuntimeSettings, the disabled functions).</summary>
    private static IEnumerable<string> BicepSettings()
    {
        var sources = new[] { "main.bicep", Path.Combine("modules", "functions.bicep") }
            .Select(f => File.ReadAllText(RepositoryRoot.Combine("infra", f)));
        foreach (var source in sources)
        {
            foreach (Match block in SettingsBlock().Matches(source))
            {
                foreach (Match key in SettingKey().Matches(block.Groups["body"].Value))
                {
                    yield return key.Groups[1].Value;
                }
            }

            foreach (Match disabled in DisabledSetting().Matches(source))
            {
                yield return "AzureWebJobs.Some_Function.Disabled";
            }
        }
    }

    [GeneratedRegex(@"var (hostSettings|functionsSettings|dedicatedRuntimeSettings) = (union\(\w+, )?\{(?<body>.*?)\n\}", RegexOptions.Singleline)]
    private static partial Regex SettingsBlock();

    [GeneratedRegex(@"^\s+'?([A-Za-z_][A-Za-z0-9_.]*)'?\s*:", RegexOptions.Multiline)]
    private static partial Regex SettingKey();

    [GeneratedRegex(@"'AzureWebJobs\.\$\{\w+\}\.Disabled'")]
    private static partial Regex DisabledSetting();

    [GeneratedRegex("%([A-Za-z:]+)%")]
    private static partial Regex ScheduleReference();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickedName();
}
