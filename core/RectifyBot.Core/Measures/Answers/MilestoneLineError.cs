namespace RectifyBot.Core.Measures.Answers;

/// <summary>A typed milestone that could not be read; <see cref="Line"/> is its 1-based position among the non-empty entries.</summary>
public sealed record MilestoneLineError(int Line, MilestoneLineProblem Problem);
