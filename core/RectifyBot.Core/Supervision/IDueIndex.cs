namespace RectifyBot.Core.Supervision;

/// <summary>
/// The due-date index: the sweep reads only the days it serves instead of every record. Rows may be stale (written
/// before a change that then failed, or left by a changed due date): the sweep checks each against its record.
/// Keys in docs/storage.md ("Supervision").
/// </summary>
public interface IDueIndex
{
    /// <summary>Writes the rows (idempotent upserts).</summary>
    Task WriteAsync(IReadOnlyCollection<DueIndexRow> rows, CancellationToken cancellationToken = default);

    /// <summary>The rows of the days <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    IAsyncEnumerable<DueIndexRow> ReadAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken = default);

    /// <summary>Every row (the nightly reconciliation).</summary>
    IAsyncEnumerable<DueIndexRow> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the rows; rows already gone are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<DueIndexRow> rows, CancellationToken cancellationToken = default);
}
