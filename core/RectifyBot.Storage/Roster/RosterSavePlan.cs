namespace RectifyBot.Storage.Roster;

/// <summary>
/// How a roster save writes its rows: entities, partitions and transactions. <see cref="MinimumTransactions"/> is
/// Σ⌈entities/100⌉ over the partitions written, the least any writer could use for the same rows;
/// <see cref="SingleCopyMinimum"/> is that minimum for one copy of each person and unit only (no number index).
/// </summary>
public sealed record RosterSavePlan(int Entities, int Partitions, int Transactions, int MinimumTransactions, int SingleCopyMinimum);
