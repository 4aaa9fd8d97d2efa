using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Installation;

namespace RectifyBot.Teams.Installation;

/// <summary>
/// POST {Graph}/v1.0/users/{upn}/teamwork/installedApps with the catalog app: installs RectifyBot in the person's
/// personal scope; Teams then sends the bot a conversationUpdate, which records the conversation address.
/// Logs carry status codes only, never the UPN.
/// </summary>
public sealed partial class GraphTeamsAppInstaller(IOptions<GraphInstallOptions> options, GraphCredential credential, ILogger<GraphTeamsAppInstaller> logger) : ITeamsAppInstaller
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly GraphInstallOptions _options = options.Value;

    public bool Enabled => _options.Enabled && !string.IsNullOrWhiteSpace(_options.CatalogAppId);

    public async Task<AppInstallOutcome> InstallForAsync(string userPrincipalName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPrincipalName);
        if (!Enabled)
        {
            throw new InvalidOperationException("Proactive installation is off: set GraphInstall:Enabled and GraphInstall:CatalogAppId.");
        }

        var root = _options.Endpoint.AbsoluteUri.TrimEnd('/');
        var token = await credential.Credential.GetTokenAsync(new TokenRequestContext([root + "/.default"]), cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{root}/v1.0/users/{Uri.EscapeDataString(userPrincipalName)}/teamwork/installedApps"))
        {
            Content = JsonContent.Create(new JsonObject { ["teamsApp@odata.bind"] = $"{root}/v1.0/appCatalogs/teamsApps/{_options.CatalogAppId}" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var outcome = response.StatusCode switch
            {
                HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.NoContent => AppInstallOutcome.Installed,
                HttpStatusCode.Conflict => AppInstallOutcome.AlreadyInstalled,
                HttpStatusCode.NotFound => AppInstallOutcome.UserNotFound,
                HttpStatusCode.Forbidden => AppInstallOutcome.Refused,
                _ => AppInstallOutcome.Failed,
            };
            if (outcome is AppInstallOutcome.Refused or AppInstallOutcome.Failed)
            {
                LogRefused((int)response.StatusCode);
            }

            return outcome;
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(ex.HttpRequestError.ToString());
            return AppInstallOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph refused an app installation with {Status}")]
    private partial void LogRefused(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph could not be reached for an app installation ({Error})")]
    private partial void LogUnreachable(string error);
}
