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
    private readonly ConcurrentDictionary<string, (byte[] Content, string? ContentRange)> _uploads = new(StringComparer.Ordinal);
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
        // Plays the OneDrive upload session URL a file consent gives: PUT the bytes with Content-Range.
        app.MapPut("/uploads/{id}", async (string id, HttpRequest request) =>
        {
            if (!server._uploads.ContainsKey(id))
            {
                return Results.NotFound();
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body).ConfigureAwait(false);
            server._uploads[id] = (body.ToArray(), request.Headers.ContentRange.ToString());
            return Results.Created((string?)null, new { id });
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

    /// <summary>A URL that accepts one file by PUT (like the upload URL Teams gives when a person allows a file).</summary>
    public Uri UploadUrl()
    {
        var id = Guid.NewGuid().ToString("N");
        _uploads[id] = ([], null);
        return new Uri(BaseUrl, "uploads/" + id);
    }

    /// <summary>What was PUT to an <see cref="UploadUrl"/> and its Content-Range header (empty and null before).</summary>
    public (byte[] Content, string? ContentRange) Uploaded(Uri uploadUrl)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        return _uploads[uploadUrl.Segments[^1]];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
