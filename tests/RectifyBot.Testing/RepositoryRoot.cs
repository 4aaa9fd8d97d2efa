namespace RectifyBot.Testing;

/// <summary>Finds files of this repository (node_modules, built projects) from a test's output folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RectifyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RectifyBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string FullPath => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);
}
