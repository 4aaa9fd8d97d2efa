using System.Diagnostics;
using Xunit;

namespace RectifyBot.Testing.Storage;

/// <summary>
/// A real Azurite for storage tests. `./rectify test` starts one and passes its connection string in
/// RECTIFY_TEST_STORAGE; when that is missing (a test run from an IDE), this fixture starts its own
/// in-memory Azurite from the repository's node_modules on free loopback ports.
/// Tests isolate themselves with <see cref="UniquePrefix"/>, never by sharing tables.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "RECTIFY_TEST_STORAGE";

    // Azurite's well-known development account; public, not a secret.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _ownAzurite;

    public string ConnectionString { get; private set; } = "";

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevAccountKey +
        $";BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>A fresh alphanumeric prefix for table and queue names (tables allow letters and digits only).</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        var (blob, queue, table) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var azurite = RepositoryRoot.Combine("node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed ({azurite}). Run ./rectify test, or npm ci in the repository root.");
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                azurite, "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableTelemetry",
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _ownAzurite = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _ownAzurite.OutputDataReceived += (_, _) => { };
        _ownAzurite.ErrorDataReceived += (_, _) => { };
        _ownAzurite.BeginOutputReadLine();
        _ownAzurite.BeginErrorReadLine();
        foreach (var port in new[] { blob, queue, table })
        {
            await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }

        ConnectionString = ConnectionStringFor(blob, queue, table);
    }

    public Task DisposeAsync()
    {
        if (_ownAzurite is { HasExited: false })
        {
            _ownAzurite.Kill(entireProcessTree: true);
            _ownAzurite.WaitForExit(5000);
        }

        _ownAzurite?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The collection name storage tests share. xunit v2 finds collection definitions only in the test assembly
/// itself, so each test project declares <c>[CollectionDefinition(AzuriteCollection.Name)]</c> once.
/// </summary>
public static class AzuriteCollection
{
    public const string Name = "Azurite";
}
