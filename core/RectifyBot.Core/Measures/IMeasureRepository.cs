namespace RectifyBot.Core.Measures;

/// <summary>
/// Members' drafts, submitted versions, ledger entries of measures and their history; one partition per member, so
/// every transition is one transaction.
/// </summary>
public interface IMeasureRepository
{
    Task<MeasureDraft?> FindDraftAsync(string authorNumber, CancellationToken cancellationToken = default);

    /// <summary>Saves a draft (an insert when it has no ETag, else conditional on it), one row per problem; the revision goes up by one.</summary>
    Task<DraftSave> SaveDraftAsync(MeasureDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Deletes the draft if it is still the one read (ETag); false if it changed or is gone.</summary>
    Task<bool> DeleteDraftAsync(MeasureDraft draft, CancellationToken cancellationToken = default);

    Task<MemberMeasures> LoadAsync(string authorNumber, CancellationToken cancellationToken = default);

    /// <summary>Saves a transition atomically; false when the version, an entry or the draft changed since it was read (nothing is written then).</summary>
    Task<bool> SaveAsync(MeasureChange change, CancellationToken cancellationToken = default);

    /// <summary>Versions awaiting someone: open versions (<see cref="MeasureStatuses.IsOpen"/>) of every member.</summary>
    IAsyncEnumerable<SubmissionVersion> ListOpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Every open ledger entry of every member, without progress notes (supervision's nightly reconciliation).</summary>
    IAsyncEnumerable<Ledger.LedgerEntry> ListOpenEntriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every ledger entry of every member, open or done, without progress notes (weekly bulletins).</summary>
    IAsyncEnumerable<Ledger.LedgerEntry> ListEntriesAsync(CancellationToken cancellationToken = default);
}
