using System.Text.RegularExpressions;
using RectifyBot.Infra.Tests.Support;
using RectifyBot.Testing;

namespace RectifyBot.Infra.Tests.Bicep;

/// <summary>Every Bicep and parameters file under infra/ compiles and passes the Bicep linter with no error or warning.</summary>
public sealed partial class BicepFilesTests
{
    public static TheoryData<string> InfraFiles()
    {
        var root = RepositoryRoot.Combine("infra");
        var files = Directory.EnumerateFiles(root, "*.bicep", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.bicepparam", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepositoryRoot.FullPath, f))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(InfraFiles))]
    public async Task The_file_compiles_and_lints_clean(string file)
    {
        var problems = await BicepCli.ProblemsAsync(RepositoryRoot.Combine(file));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void There_is_a_template_and_a_parameters_file_for_the_public_cloud_and_for_Azure_China()
    {
        Assert.Contains(Path.Combine("infra", "main.bicep"), InfraFiles());
        Assert.Contains(Path.Combine("infra", "main.bicepparam"), InfraFiles());
        Assert.Contains(Path.Combine("infra", "main.china.bicepparam"), InfraFiles());
    }

    [Fact]
    public async Task A_warning_counts_as_a_problem()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("rectify-bicep-").FullName, "careless.bicep");
        await File.WriteAllTextAsync(file, "param unused string\noutput answer int = 42\n");
        try
        {
            var problem = Assert.Single(await BicepCli.ProblemsAsync(file));
            Assert.Contains("Warning no-unused-params", problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("main.bicepparam")]
    [InlineData("main.china.bicepparam")]
    public async Task A_parameters_file_holds_nothing_secret(string file)
    {
        var text = await File.ReadAllTextAsync(RepositoryRoot.Combine("infra", file));
        Assert.DoesNotMatch(SecretLooking(), text);
        // A secret the template needs is generated at deployment (newGuid()), never supplied from a file.
        var secureParameters = SecureParameter().Matches(await File.ReadAllTextAsync(RepositoryRoot.Combine("infra", "main.bicep")));
        Assert.All(secureParameters, p =>
        {
            Assert.Equal("newGuid()", p.Groups["default"].Value.Trim());
            Assert.DoesNotContain(p.Groups["name"].Value, text, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"(?i)param\s+\w*(password|secret|key|connectionstring|token)\w*\s*=")]
    private static partial Regex SecretLooking();

    [GeneratedRegex(@"@secure\(\)(?:\s*@[^\n]*)*\s*param\s+(?<name>\w+)\s+string(?:\s*=\s*(?<default>[^\n]*))?")]
    private static partial Regex SecureParameter();
}
