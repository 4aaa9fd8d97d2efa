namespace RectifyBot.Core.Measures;

/// <summary>
/// One transition of a member's measures or ledger entries, for the audit trail: who, when, what. Written in the same
/// partition and transaction as the state it records.
/// </summary>
/// <remarks>
/// Version: The submitted version it concerns.<br/>
/// Problem: The problem (ledger entry) it concerns, if one.<br/>
/// Detail: What was decided or written: a comment, the reviewer forwarded to, a note. Never shown to those who may not read the measure.<br/>
/// </remarks>
public sealed record MeasureEvent(DateTimeOffset At, string ByNumber, MeasureEventKind Kind, int Version, int? Problem, string? Detail);
