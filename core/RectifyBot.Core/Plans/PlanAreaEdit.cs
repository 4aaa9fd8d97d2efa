namespace RectifyBot.Core.Plans;

/// <summary>An edit of the area list: what happened, the area as saved (or as found), and the problems with the names typed.</summary>
public sealed record PlanAreaEdit(PlanAreaEditResult Result, PlanArea? Area, IReadOnlyList<PlanAreaNameProblem> Problems);
