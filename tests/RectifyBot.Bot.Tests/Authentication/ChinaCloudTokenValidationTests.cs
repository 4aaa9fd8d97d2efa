using System.Net;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Authentication;

/// <summary>
/// Cloud = China reaches the adapter: the bot, configured with nothing but Cloud and its identity (plus the OpenID
/// metadata URL pointed at the local issuer, since login.botframework.azure.cn is out of reach), accepts a token from
/// the 21Vianet issuer and refuses one from the public cloud's issuer signed by the same key.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChinaCloudTokenValidationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "7a2e4c6b-1d3f-4e5a-8b7c-9d0e1f2a3b4c";
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";
    private const string ChinaIssuer = "https://api.botframework.azure.cn";
    private const string PublicIssuer = "https://api.botframework.com";
    private LocalChannelTokenIssuer _issuer = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalChannelTokenIssuer.StartAsync();
        _bot = await RunningBot.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Cloud"] = "China",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["SSL_CERT_FILE"] = _issuer.CertificateFile,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_token_from_the_21Vianet_issuer_is_accepted()
    {
        var (status, aad) = await PostHelpAsync(_issuer.MintToken(AppId, ServiceUrl, issuer: ChinaIssuer));
        Assert.True(status == HttpStatusCode.OK, $"Expected 200, got {status}. Bot output:\n{_bot.Process.Output}");
        Assert.NotNull(await _bot.AddressBook.FindAsync(aad));
    }

    [Fact]
    public async Task A_token_from_the_public_cloud_issuer_is_refused()
    {
        var (status, aad) = await PostHelpAsync(_issuer.MintToken(AppId, ServiceUrl, issuer: PublicIssuer));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Null(await _bot.AddressBook.FindAsync(aad));
    }

    private Task<(HttpStatusCode Status, string AadObjectId)> PostHelpAsync(string token) =>
        BearerRequests.PostHelpAsync(_bot, ServiceUrl, token);
}
