namespace RectifyBot.Core.Ledger.Views;

/// <summary>Reads the ledger for the views: entries' status (no text) and who has submitted measures.</summary>
public interface ILedgerReader
{
    /// <summary>
    /// The ledger lines owned by <paramref name="memberNumbers"/> and which of them have submitted measures (a version
    /// that was not withdrawn); null reads the whole ledger.
    /// </summary>
    Task<LedgerSnapshot> ReadAsync(IReadOnlyCollection<string>? memberNumbers, CancellationToken cancellationToken = default);
}
