using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// The anti-forgery token of a survey page: HMAC-SHA256 over the survey id and the one-time token's hash, so a form
/// posted from anywhere but a page served for that very link is refused. It proves nothing about a person.
/// </summary>
public sealed class SurveyFormToken
{
    private readonly byte[] _key;

    public SurveyFormToken(IOptions<SurveyWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = string.IsNullOrWhiteSpace(options.Value.FormKey) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(options.Value.FormKey);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException("SurveyWeb:FormKey must be at least 32 bytes (Base64).");
        }
    }

    public string For(string surveyId, string token) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(surveyId + "|" + Core.Surveys.SurveyToken.Hash(token))));

    public bool Matches(string surveyId, string token, string? posted) =>
        posted is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(For(surveyId, token)), Encoding.ASCII.GetBytes(posted));
}
