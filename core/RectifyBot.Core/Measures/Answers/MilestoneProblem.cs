namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// One problem with the milestones. <see cref="Number"/> is the milestone's 1-based position as the member sees it,
/// null when the problem is about the list as a whole (none given, too many).
/// </summary>
public sealed record MilestoneProblem(int? Number, MilestoneProblemKind Kind);
