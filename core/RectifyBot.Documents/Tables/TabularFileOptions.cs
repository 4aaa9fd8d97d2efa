namespace RectifyBot.Documents.Tables;

public sealed record TabularFileOptions
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static TabularFileOptions Default { get; } = new();

    /// <summary>Uploads above this are refused before parsing: a roster of 20,000 people is well under 10 MB.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
