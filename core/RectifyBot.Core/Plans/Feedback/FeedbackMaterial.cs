using RectifyBot.Core.StatusReports;

namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// What the people asked read before they rate: the plan version's items, or the status report's summary, with the
/// names of the units the items name (as the roster has them now).
/// </summary>
public sealed record FeedbackMaterial(FeedbackSubject Subject, string UnitName, PlanVersion? Plan, StatusReport? Status, IReadOnlyDictionary<string, string> UnitNames)
{
    public string UnitNameOf(string unitCode) => UnitNames.TryGetValue(unitCode, out var name) ? name : unitCode;
}
