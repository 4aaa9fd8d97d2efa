namespace RectifyBot.Core.StatusReports;

/// <summary>Units' published status reports; one partition per unit (docs/storage.md "StatusReports").</summary>
public interface IStatusReportRepository
{
    /// <summary>The unit's reports, oldest first.</summary>
    Task<IReadOnlyList<StatusReport>> ListAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Inserts a new report; false when the unit already has one with that number (someone published meanwhile).</summary>
    Task<bool> AddAsync(StatusReport report, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a report's new state, conditional on its ETag, with the outbox rows of the notices it causes (one
    /// transaction in the unit's partition); false when it changed since it was read (nothing is written then).
    /// </summary>
    Task<bool> SaveAsync(StatusReport report, IReadOnlyList<Delivery.OutboxMessage> notices, CancellationToken cancellationToken = default);

    /// <summary>Published reports whose feedback window has closed by <paramref name="now"/>.</summary>
    IAsyncEnumerable<StatusReport> ListClosedWindowsAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Published reports whose feedback window is still open at <paramref name="now"/>.</summary>
    IAsyncEnumerable<StatusReport> ListOpenWindowsAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
