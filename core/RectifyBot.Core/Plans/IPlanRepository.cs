namespace RectifyBot.Core.Plans;

/// <summary>Units' plan drafts, published versions, ledger entries of accepted items, coordination rows and history; one partition per unit, so every transition is one transaction.</summary>
public interface IPlanRepository
{
    Task<PlanDraft?> FindDraftAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Saves a draft (an insert without an ETag, else conditional on it), a row per item; null when someone else changed it meanwhile.</summary>
    Task<PlanDraft?> SaveDraftAsync(PlanDraft draft, CancellationToken cancellationToken = default);

    /// <summary>The drafts (of any unit) whose last editor is <paramref name="editorNumber"/>: the office's drafts, for typed answers.</summary>
    IAsyncEnumerable<PlanDraft> ListDraftsEditedByAsync(string editorNumber, CancellationToken cancellationToken = default);

    Task<bool> DeleteDraftAsync(PlanDraft draft, CancellationToken cancellationToken = default);

    Task<UnitPlan> LoadAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Saves a transition atomically; false when anything changed since it was read (nothing is written then).</summary>
    Task<bool> SaveAsync(PlanChange change, CancellationToken cancellationToken = default);

    /// <summary>The latest version of every plan filed with (or to be filed with) the parent unit, items left out.</summary>
    IAsyncEnumerable<PlanVersion> ListChildPlansAsync(string parentUnitCode, CancellationToken cancellationToken = default);

    /// <summary>Published versions whose feedback window has closed by <paramref name="now"/>, items left out.</summary>
    IAsyncEnumerable<PlanVersion> ListClosedWindowsAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Every open ledger entry of every unit's accepted plan (supervision's reconciliation lists them nightly).</summary>
    IAsyncEnumerable<Ledger.LedgerEntry> ListOpenEntriesAsync(CancellationToken cancellationToken = default);

    /// <summary>The 上级协调 items in the parent unit's queue.</summary>
    IAsyncEnumerable<PlanCoordination> ListCoordinationsAsync(string parentUnitCode, CancellationToken cancellationToken = default);

    /// <summary>Every version (of any unit) in <paramref name="status"/>, items left out (supervision lists the filings awaiting acknowledgement).</summary>
    IAsyncEnumerable<PlanVersion> ListVersionsAsync(PlanStatus status, CancellationToken cancellationToken = default);

    /// <summary>Every 上级协调 item (of any parent) nobody has taken on yet.</summary>
    IAsyncEnumerable<PlanCoordination> ListUntakenCoordinationsAsync(CancellationToken cancellationToken = default);

    /// <summary>The ledger entries of accepted plan items (open or done, with their progress) for which <paramref name="ownerNumber"/> is responsible, of every unit.</summary>
    IAsyncEnumerable<Ledger.LedgerEntry> ListEntriesOwnedByAsync(string ownerNumber, CancellationToken cancellationToken = default);
}
