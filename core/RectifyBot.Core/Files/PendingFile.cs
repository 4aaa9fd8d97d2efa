namespace RectifyBot.Core.Files;

/// <summary>
/// An exported file offered to one person (a file consent card in their personal chat) and kept until they accept it,
/// at most <see cref="PendingFile.Lifetime"/> (DOMAIN.md: exported files are for the person they were made for and
/// expire within 15 minutes).
/// </summary>
public sealed record PendingFile(string Id, string ForAadObjectId, string Name, byte[] Content, DateTimeOffset CreatedAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public DateTimeOffset ExpiresAt => CreatedAt + Lifetime;
}
