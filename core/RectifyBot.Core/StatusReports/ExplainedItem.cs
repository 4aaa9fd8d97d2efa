namespace RectifyBot.Core.StatusReports;

/// <summary>A plan item that cannot be fixed yet (逐步解决): the problem, the explanation to the masses and its final deadline.</summary>
public sealed record ExplainedItem(string Problem, string Explanation, DateOnly Deadline);
