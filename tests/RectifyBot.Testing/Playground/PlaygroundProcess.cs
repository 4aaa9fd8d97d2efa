using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RectifyBot.Testing.Playground;

/// <summary>
/// Microsoft 365 Agents Playground (node_modules/@microsoft/m365agentsplayground) as a child process
/// talking to <c>botEndpoint</c>: bound to 127.0.0.1 (tools/playground/loopback.cjs), no browser, no
/// telemetry, its log and working files in a temporary folder. It runs in its own session
/// (setsid) and is killed as a process tree on dispose. See docs/playground.md.
/// </summary>
public sealed class PlaygroundProcess : IAsyncDisposable
{
    private const int StartAttempts = 3;

    private readonly Process _process;
    private readonly string _workFolder;

    private PlaygroundProcess(Process process, int port, string workFolder)
    {
        _process = process;
        Port = port;
        _workFolder = workFolder;
    }

    /// <summary>The committed mock tenant: 张伟 (current user), five colleagues, RectifyBot.</summary>
    public static string DefaultConfigPath => RepositoryRoot.Combine("tools", "playground", ".m365agentsplayground.yml");

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>The Playground's own log (what it prints; console output goes only here when stdout is not a terminal).</summary>
    public string LogFilePath => Path.Combine(_workFolder, "playground.log");

    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, PlaygroundSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        settings ??= new PlaygroundSettings();
        for (var attempt = 1; ; attempt++)
        {
            var started = await TryStartAsync(botEndpoint, settings, cancellationToken).ConfigureAwait(false);
            if (started is not null)
            {
                return started;
            }

            if (attempt == StartAttempts)
            {
                throw new InvalidOperationException($"The Playground did not get a free port in {StartAttempts} attempts.");
            }
        }
    }

    /// <summary>Null when the port was taken between choosing it and starting (the Playground then picks another one, which breaks --su).</summary>
    private static async Task<PlaygroundProcess?> TryStartAsync(Uri botEndpoint, PlaygroundSettings settings, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var workFolder = Directory.CreateTempSubdirectory("rectify-playground-").FullName;
        var process = Process.Start(StartInfo(botEndpoint, settings, port, workFolder))
            ?? throw new InvalidOperationException("node did not start");
        var playground = new PlaygroundProcess(process, port, workFolder);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, output, listening);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data, output, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Playground exited while starting."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var actualPort = await listening.Task.WaitAsync(settings.StartTimeout, cancellationToken).ConfigureAwait(false);
            if (actualPort != port)
            {
                await playground.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            await FreePort.WaitUntilListeningAsync(port, settings.StartTimeout).ConfigureAwait(false);
            return playground;
        }
        catch (Exception e)
        {
            var log = playground.ReadLog();
            await playground.DisposeAsync().ConfigureAwait(false);
            if (e is OperationCanceledException)
            {
                throw;
            }

            string seen;
            lock (output)
            {
                seen = output.ToString();
            }

            throw new InvalidOperationException($"The Playground did not start on port {port}.\nOutput:\n{seen}\nLog:\n{log}", e);
        }
    }

    private static void OnOutput(string? line, StringBuilder output, TaskCompletionSource<int> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        // Printed once the HTTP server listens (only when stdout is not a terminal).
        const string Marker = "Listening on ";
        if (line.StartsWith(Marker, StringComparison.Ordinal)
            && int.TryParse(line.AsSpan(Marker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            listening.TrySetResult(port);
        }
    }

    private static ProcessStartInfo StartInfo(Uri botEndpoint, PlaygroundSettings settings, int port, string workFolder)
    {
        var cli = RepositoryRoot.Combine("node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        var preload = RepositoryRoot.Combine("tools", "playground", "loopback.cjs");
        var configPath = settings.ConfigPath ?? DefaultConfigPath;
        foreach (var required in new[] { cli, preload, configPath })
        {
            if (!File.Exists(required))
            {
                throw new InvalidOperationException($"{required} is missing. Run ./rectify test, or npm ci in the repository root.");
            }
        }

        var portText = port.ToString(CultureInfo.InvariantCulture);
        // setsid: its own session and process group, so a signal to the test runner's group does not reach it.
        var useSetsid = File.Exists("/usr/bin/setsid");
        var start = new ProcessStartInfo(useSetsid ? "/usr/bin/setsid" : "node")
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useSetsid)
        {
            start.ArgumentList.Add("node");
        }

        foreach (var argument in new[]
        {
            cli, "-e", botEndpoint.AbsoluteUri, "-c", "msteams", "-p", portText,
            "--su", $"http://127.0.0.1:{portText}/_connector", "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["NODE_OPTIONS"] = $"--require {preload}";
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workFolder, "playground.log");
        start.Environment["TZ"] = settings.TimeZone; // the activities' localTimezone
        return start;
    }

    public string ReadLog()
    {
        try
        {
            return File.Exists(LogFilePath) ? File.ReadAllText(LogFilePath) : "";
        }
        catch (IOException e)
        {
            return "(log unreadable: " + e.Message + ")";
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_workFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
