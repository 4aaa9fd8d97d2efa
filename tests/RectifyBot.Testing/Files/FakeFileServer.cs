using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RectifyBot.Testing.Files;

/// <summary>
/// Plays the pre-authorized download URLs Teams puts into file.download.info attachments: a real HTTP server on
/// 127.0.0.1 that serves the bytes registered with <see cref="Serve"/> at an unguessable path, and records downloads.
/// </summary>
public sealed class FakeFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private int _downloads;

    private FakeFileServer(WebApplication app) => _app = app;

    /// <summary>Base address with a trailing slash, e.g. http://127.0.0.1:5123/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>How many files were downloaded (GET answered 200).</summary>
    public int Downloads => Volatile.Read(ref _downloads);

    public static async Task<FakeFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeFileServer(app);
        app.MapGet("/files/{id}", (string id) =>
        {
            if (!server._files.TryGetValue(id, out var bytes))
            {
                return Results.NotFound();
            }

            Interlocked.Increment(ref server._downloads);
            return Results.Bytes(bytes, "application/octet-stream");
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Registers bytes and returns the URL that serves them (like a SharePoint download link).</summary>
    public Uri Serve(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = Guid.NewGuid().ToString("N");
        _files[id] = content;
        return new Uri(BaseUrl, "files/" + id);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
