using System.Reflection;

namespace RectifyBot.Functions.DevRunner;

/// <summary>What a test (or Program) changes about the runner; everything else comes from configuration.</summary>
public sealed class DevRunnerOptions
{
    /// <summary>Assemblies whose [Function] methods are hosted; the functions app by default.</summary>
    public IReadOnlyList<Assembly> Assemblies { get; init; } = [typeof(FunctionsServiceCollectionExtensions).Assembly];

    /// <summary>Settings above every other source (tests use it instead of environment variables).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Runs after AddRectifyBotFunctions, so registrations here replace the app's (test doubles).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
