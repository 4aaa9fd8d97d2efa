using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RectifyBot.Testing;

namespace RectifyBot.Bot.Tests.Authentication;

/// <summary>
/// Plays the Bot Framework channel's token service on 127.0.0.1: OpenID metadata and a JWKS whose key is
/// endorsed for "msteams", served over HTTPS (IdentityModel insists) with a self-signed certificate that the
/// bot process trusts through SSL_CERT_FILE. Mints RS256 tokens as the channel would. Nothing leaves the machine.
/// </summary>
public sealed class LocalChannelTokenIssuer : IAsyncDisposable
{
    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly WebApplication _server;
    private readonly string _certificateFile;

    private LocalChannelTokenIssuer(WebApplication server, int port, string certificateFile)
    {
        _server = server;
        _certificateFile = certificateFile;
        BaseUrl = $"https://127.0.0.1:{port}";
    }

    public const string KeyId = "rectify-test-key";

    public string BaseUrl { get; }

    public string Issuer => BaseUrl + "/issuer";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string CertificateFile => _certificateFile;

    public static async Task<LocalChannelTokenIssuer> StartAsync()
    {
        var port = FreePort.Next();
        using var certificate = SelfSignedLoopbackCertificate();
        var certificateFile = Path.Combine(Path.GetTempPath(), $"rectify-test-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        var serverCertificate = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(serverCertificate)));
        var server = builder.Build();
        var issuer = new LocalChannelTokenIssuer(server, port, certificateFile);
        server.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Issuer,
            ["authorization_endpoint"] = issuer.BaseUrl + "/authorize",
            ["jwks_uri"] = issuer.BaseUrl + "/v1/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        server.MapGet("/v1/keys", () =>
        {
            var p = issuer._signingKey.ExportParameters(false);
            return Results.Json(new Dictionary<string, object>
            {
                ["keys"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                        ["endorsements"] = new[] { "msteams" },
                    },
                },
            });
        });
        await server.StartAsync();
        return issuer;
    }

    /// <summary>A token as the channel sends it; override pieces to forge bad ones.</summary>
    public string MintToken(string audience, string serviceUrl, RSA? signWith = null, string? issuer = null)
    {
        var key = new RsaSecurityKey(signWith ?? _signingKey) { KeyId = KeyId };
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _signingKey.Dispose();
        File.Delete(_certificateFile);
    }
}
