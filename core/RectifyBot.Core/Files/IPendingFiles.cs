namespace RectifyBot.Core.Files;

/// <summary>Exported files waiting for their person's consent; stored, so a restart between offer and accept loses nothing.</summary>
public interface IPendingFiles
{
    Task SaveAsync(PendingFile file, CancellationToken cancellationToken = default);

    /// <summary>The file if it was made for <paramref name="aadObjectId"/> and has not expired by <paramref name="now"/>; it is removed either way (once).</summary>
    Task<PendingFile?> TakeAsync(string aadObjectId, string id, DateTimeOffset now, CancellationToken cancellationToken = default);
}
