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

    /// <summary>How long a suggestion-box page may be left open before its form asks to be reloaded.</summary>
    public static readonly TimeSpan BoxFormLifetime = TimeSpan.FromHours(2);

    /// <summary>The suggestion box's form token: the time the page was served and an HMAC over the unit and that time (no person in it).</summary>
    public string ForBox(string unitCode, DateTimeOffset servedAt)
    {
        var seconds = servedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return seconds + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("box|" + unitCode + "|" + seconds)));
    }

    public bool MatchesBox(string unitCode, string? posted, DateTimeOffset now)
    {
        var dot = posted?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0 || !long.TryParse(posted.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var servedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        return servedAt <= now.AddMinutes(1) && now - servedAt <= BoxFormLifetime
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(ForBox(unitCode, servedAt)), Encoding.ASCII.GetBytes(posted!));
    }

    public bool Matches(string surveyId, string token, string? posted) =>
        posted is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(For(surveyId, token)), Encoding.ASCII.GetBytes(posted));
}
