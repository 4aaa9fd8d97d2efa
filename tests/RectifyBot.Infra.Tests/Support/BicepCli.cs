using System.Reflection;

namespace RectifyBot.Infra.Tests.Support;

/// <summary>The Bicep CLI restored from the NuGet package Azure.Bicep.CommandLine.linux-x64 (its props set BicepPath).</summary>
public static class BicepCli
{
    public static string Path { get; } = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    /// <summary>
    /// Lints a .bicep or .bicepparam file (linting compiles it: compile errors are reported too). The CLI exits 0 on
    /// warnings, so every diagnostic it prints counts: the result lists each Error and Warning line, empty when clean.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string file)
    {
        var result = await CommandLine.RunAsync(Path, ["lint", file]);
        var problems = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (result.ExitCode != 0 && problems.Count == 0)
        {
            problems.Add($"bicep lint {file}: {result}");
        }

        return problems;
    }
}
