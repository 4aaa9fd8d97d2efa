namespace RectifyBot.Core.SummaryReports;

/// <summary>The summary reports units submitted: the file (every submission kept) and the latest submission per unit.</summary>
public interface ISummaryReportStore
{
    /// <summary>Stores the file and makes it the unit's latest submission.</summary>
    Task SaveAsync(SummaryReportSubmission submission, byte[] content, CancellationToken cancellationToken = default);

    Task<SummaryReportSubmission?> FindAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>The latest submission of every unit that submitted.</summary>
    Task<IReadOnlyList<SummaryReportSubmission>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The bytes of the unit's latest submission; null when it has none.</summary>
    Task<byte[]?> ReadAsync(string unitCode, CancellationToken cancellationToken = default);
}
