namespace RectifyBot.Core.Ledger;

/// <summary>A progress update the owner posted on a ledger entry, with an optional evidence link.</summary>
public sealed record ProgressNote(DateTimeOffset At, string ByNumber, string Text, string? EvidenceLink);
