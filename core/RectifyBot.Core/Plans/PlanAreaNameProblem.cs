namespace RectifyBot.Core.Plans;

/// <summary>What is wrong with the Chinese or the English name typed for an area.</summary>
public sealed record PlanAreaNameProblem(bool English, PlanAreaNameProblemKind Kind);
