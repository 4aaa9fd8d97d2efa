using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RectifyBot.Testing.Graph;

/// <summary>
/// Microsoft Graph's "install app for user" on a loopback port: records each request (user, bearer token, body) and
/// answers 201, or the status scripted for a user (409 already installed, 404 unknown user, 403 refused).
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string Token = "fake-graph-token";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, HttpStatusCode> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<InstallRequest> _requests = new();

    private FakeGraph(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyCollection<InstallRequest> Requests => _requests;

    /// <summary>A credential whose token this fake accepts.</summary>
    public static TokenCredential Credential { get; } = new StaticToken();

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.MapPost("/v1.0/users/{user}/teamwork/installedApps", graph.InstallAsync);
        await app.StartAsync().ConfigureAwait(false);
        graph.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return graph;
    }

    public void Answer(string userPrincipalName, HttpStatusCode status) => _answers[userPrincipalName] = status;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> InstallAsync(string user, HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body).ConfigureAwait(false);
        _requests.Enqueue(new InstallRequest(user, request.Headers.Authorization.ToString(), (string?)body?["teamsApp@odata.bind"]));
        return Results.StatusCode((int)_answers.GetValueOrDefault(user, HttpStatusCode.Created));
    }

    public sealed record InstallRequest(string User, string Authorization, string? TeamsAppBinding);

    private sealed class StaticToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(Token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
