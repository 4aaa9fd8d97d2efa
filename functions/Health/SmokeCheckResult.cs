namespace RectifyBot.Functions.Health;

/// <summary>The smoke check's answer: how the welcome card's delivery ended and what to do about it.</summary>
public sealed record SmokeCheckResult(string Status, string OutboxId, int Attempts, string? LastError, string Advice);
