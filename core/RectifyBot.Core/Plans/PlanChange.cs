using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;

namespace RectifyBot.Core.Plans;

/// <summary>
/// One transition of a unit's plan, saved as one transaction in the unit's partition: the version's new state
/// (conditional on its ETag; a new version is an insert with its items), the events that record it, the notices it
/// causes (outbox rows keyed by their cause), the ledger entries and coordination rows it creates or changes, and the
/// draft it consumes.
/// </summary>
public sealed record PlanChange
{
    public required string UnitCode { get; init; }

    public PlanVersion? Version { get; init; }

    public IReadOnlyList<PlanEvent> Events { get; init; } = [];

    /// <summary>
    /// How many events the plan had when read: the new events are numbered from here, so history keeps its order and
    /// two transitions based on the same read cannot both be written.
    /// </summary>
    public int HistoryCount { get; init; }

    public IReadOnlyList<OutboxMessage> Notices { get; init; } = [];

    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    public IReadOnlyList<PlanCoordination> Coordinations { get; init; } = [];

    /// <summary>Progress notes the responsible people add to the plan's entries (each its own row, as for measures).</summary>
    public IReadOnlyList<LedgerNoteAdded> Notes { get; init; } = [];

    public PlanDraft? ConsumedDraft { get; init; }
}
