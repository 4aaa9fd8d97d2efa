using RectifyBot.Core.Plans;

namespace RectifyBot.Core.StatusReports;

/// <summary>The result, the report as it now stands (when there is one) and the problems of the publication's fields.</summary>
public sealed record StatusPublishOutcome(StatusPublishResult Result, StatusReport? Report = null, IReadOnlyList<PlanProblem>? Problems = null);
