using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// One-time tokens for web answers: 128 random bits, base64url (22 characters). Only the SHA-256 of a token is
/// stored, so reading storage gives nobody a usable link; a forged token matches no stored hash.
/// </summary>
public static class SurveyToken
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether the text could be a token at all (checked before hashing anything a stranger sent).</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The stored form: lowercase hex SHA-256.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
