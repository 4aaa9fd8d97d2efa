using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;

namespace RectifyBot.Core.Measures;

/// <summary>
/// One transition of a member's measures, saved as one transaction in the member's partition: the version's new state
/// (conditional on the ETag it was read with; a new version is an insert), the events that record it, the notices it
/// causes (outbox rows, keyed by their cause so a retry adds nothing), the ledger entries it creates or changes, and
/// the draft it consumes.
/// </summary>
public sealed record MeasureChange
{
    public required string AuthorNumber { get; init; }

    public SubmissionVersion? Version { get; init; }

    public IReadOnlyList<MeasureEvent> Events { get; init; } = [];

    public IReadOnlyList<OutboxMessage> Notices { get; init; } = [];

    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    /// <summary>Progress notes to add to entries (each its own row, so a long-running entry never outgrows one).</summary>
    public IReadOnlyList<LedgerNoteAdded> Notes { get; init; } = [];

    /// <summary>The draft the submission came from, deleted in the same transaction (conditional on its ETag).</summary>
    public MeasureDraft? ConsumedDraft { get; init; }
}
