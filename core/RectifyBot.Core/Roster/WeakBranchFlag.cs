namespace RectifyBot.Core.Roster;

/// <summary>The office's judgement that a branch is weak (软弱涣散), with its reason, kept for the health report.</summary>
public sealed record WeakBranchFlag(string UnitCode, string Reason, string FlaggedBy, DateTimeOffset FlaggedAt);
