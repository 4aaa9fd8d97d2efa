namespace RectifyBot.Core.Plans.Drafting;

/// <summary>What reading a plan answer needs: the plan's unit, the roster in force, the areas on offer and today (CST).</summary>
public sealed record PlanAnswerContext(string UnitCode, Roster.Roster Roster, IReadOnlyList<PlanArea> Areas, DateOnly Today);
