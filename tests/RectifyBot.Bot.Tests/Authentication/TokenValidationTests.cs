using System.Net;
using System.Security.Cryptography;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Authentication;

/// <summary>
/// With a MicrosoftAppId configured, the bot validates every Bot Framework token: anything wrong is a 401
/// (never a 500) and nothing reaches the bot's logic. All endpoints are local: no internet needed.
/// </summary>
public abstract class TokenValidationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "3f0c5c4e-8d5b-4c39-9a36-6a1d2b7e0a11";
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";
    private LocalChannelTokenIssuer _issuer = null!;
    private RunningBot _bot = null!;

    /// <summary>The bot's own identity settings (MicrosoftAppType and its credential); the cloud endpoints are the local issuer's.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Identity(string appId);

    public async Task InitializeAsync()
    {
        _issuer = await LocalChannelTokenIssuer.StartAsync();
        _bot = await RunningBot.StartAsync(azurite, new Dictionary<string, string?>(Identity(AppId))
        {
            ["ChannelService"] = _issuer.BaseUrl,
            ["ValidateAuthority"] = "false",
            ["ToChannelFromBotLoginUrl"] = _issuer.BaseUrl + "/login",
            ["ToChannelFromBotOAuthScope"] = _issuer.BaseUrl + "/scope",
            ["ToBotFromChannelTokenIssuer"] = _issuer.Issuer,
            ["OAuthUrl"] = _issuer.BaseUrl + "/oauth",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.BaseUrl + "/emulator/.well-known/openidconfiguration",
            ["CallerId"] = "urn:botframework:rectify-test",
            ["SSL_CERT_FILE"] = _issuer.CertificateFile,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_request_without_a_token_is_401_and_reaches_nothing()
    {
        var (status, aad) = await PostHelpAsync(token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingReachedTheBot(aad);
    }

    [Fact]
    public async Task A_malformed_token_is_401_not_500()
    {
        var (status, aad) = await PostHelpAsync("this.is-not.a-jwt");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingReachedTheBot(aad);
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_401()
    {
        using var stranger = RSA.Create(2048);
        var (status, aad) = await PostHelpAsync(_issuer.MintToken(AppId, ServiceUrl, signWith: stranger));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingReachedTheBot(aad);
    }

    [Fact]
    public async Task A_token_for_another_bot_is_401()
    {
        var (status, aad) = await PostHelpAsync(_issuer.MintToken("another-bot-app-id", ServiceUrl));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingReachedTheBot(aad);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        var (status, aad) = await PostHelpAsync(_issuer.MintToken(AppId, ServiceUrl, issuer: "https://sts.example.invalid/"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingReachedTheBot(aad);
    }

    [Fact]
    public async Task A_token_signed_by_the_channel_key_is_accepted_and_answered()
    {
        var (status, aad) = await PostHelpAsync(_issuer.MintToken(AppId, ServiceUrl));
        Assert.True(status == HttpStatusCode.OK, $"Expected 200, got {status}. Bot output:\n{_bot.Process.Output}");
        Assert.NotNull(await _bot.AddressBook.FindAsync(aad));
    }

    private Task<(HttpStatusCode Status, string AadObjectId)> PostHelpAsync(string? token) =>
        BearerRequests.PostHelpAsync(_bot, ServiceUrl, token);

    private async Task AssertNothingReachedTheBot(string aadObjectId) =>
        Assert.Null(await _bot.AddressBook.FindAsync(aadObjectId));
}

[Collection(AzuriteCollection.Name)]
public sealed class SingleTenantTokenValidationTests(AzuriteFixture azurite) : TokenValidationTests(azurite)
{
    protected override IReadOnlyDictionary<string, string?> Identity(string appId) => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = appId,
        // A made-up value: outbound calls are never made by these tests (replies come back in the response).
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
    };
}

[Collection(AzuriteCollection.Name)]
public sealed class UserAssignedManagedIdentityTokenValidationTests(AzuriteFixture azurite) : TokenValidationTests(azurite)
{
    protected override IReadOnlyDictionary<string, string?> Identity(string appId) => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "UserAssignedMSI",
        // For a user-assigned managed identity the app id is the identity's client id; there is no password.
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
    };
}
