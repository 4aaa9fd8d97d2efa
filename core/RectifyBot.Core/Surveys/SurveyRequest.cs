namespace RectifyBot.Core.Surveys;

/// <summary>What an organiser asks for: the unit, the answer window in CST days, the quotas and optional extra questions.</summary>
public sealed record SurveyRequest(string UnitCode, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<CategoryQuota> Quotas, IReadOnlyList<string> ExtraQuestions);
