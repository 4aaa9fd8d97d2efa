using System.Text.RegularExpressions;
using RectifyBot.Testing;

namespace RectifyBot.Infra.Tests.Bicep;

/// <summary>
/// The sender app runs only SendOutboxMessage (one instance keeps Teams' send rate global) and the main app runs the
/// rest: both are decided by infra/main.bicep's list of function names, which must be exactly the functions in the code.
/// </summary>
public sealed partial class FunctionAppsTests
{
    [Fact]
    public void The_templates_function_list_is_exactly_the_functions_in_the_code()
    {
        var inCode = Directory.EnumerateFiles(RepositoryRoot.Combine("functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => FunctionAttribute().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups["nameof"].Success ? m.Groups["nameof"].Value : m.Groups["literal"].Value)
            .Order(StringComparer.Ordinal);
        Assert.Equal(inCode, TemplateList("functionNames").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sender_is_a_queue_triggered_function_of_the_code()
    {
        var sender = Assert.Single(SenderFunction().Matches(MainBicep)).Groups[1].Value;
        Assert.Contains(sender, TemplateList("functionNames"));
        Assert.True(File.Exists(RepositoryRoot.Combine("functions", "Delivery", sender + ".cs")), sender);
        Assert.Contains("[QueueTrigger(", File.ReadAllText(RepositoryRoot.Combine("functions", "Delivery", sender + ".cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sender_app_is_pinned_to_one_instance_and_the_main_app_does_not_send()
    {
        var functions = File.ReadAllText(RepositoryRoot.Combine("infra", "modules", "functions.bicep"));
        Assert.Contains("numberOfWorkers: 1", functions, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobs.${senderFunction}.Disabled': 'true'", functions, StringComparison.Ordinal);
        Assert.Contains("perSiteScaling: true", File.ReadAllText(RepositoryRoot.Combine("infra", "modules", "bot.bicep")), StringComparison.Ordinal);
    }

    private static string MainBicep => File.ReadAllText(RepositoryRoot.Combine("infra", "main.bicep"));

    private static List<string> TemplateList(string variable)
    {
        var block = Regex.Match(MainBicep, $@"var {variable} = \[(?<items>[^\]]*)\]");
        Assert.True(block.Success, $"var {variable} not found in main.bicep");
        return [.. Regex.Matches(block.Groups["items"].Value, "'([^']+)'").Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("""\[Function\((nameof\((?<nameof>\w+)\)|"(?<literal>[^"]+)")\)\]""")]
    private static partial Regex FunctionAttribute();

    [GeneratedRegex("var senderFunction = '(\\w+)'")]
    private static partial Regex SenderFunction();
}
