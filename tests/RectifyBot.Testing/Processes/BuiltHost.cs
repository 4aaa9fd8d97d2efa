namespace RectifyBot.Testing.Processes;

/// <summary>Finds a host's built output (same configuration as the running tests) so a test can start it as a real process.</summary>
public static class BuiltHost
{
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Release{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";

    public static string Bot => Dll("bot", "RectifyBot.Bot");

    public static string FunctionsDevRunner => Dll("tools", "RectifyBot.Functions.DevRunner");

    private static string Dll(string folder, string project)
    {
        var path = RepositoryRoot.Combine(folder, project, "bin", Configuration, "net10.0", project + ".dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: build the solution first (./rectify test does).");
    }
}
