using RectifyBot.Core.Plans;

namespace RectifyBot.Core.SummaryReports;

/// <summary>One unit's plan in the report: its latest version's number, status and items, and its ledger entries by state.</summary>
public sealed record UnitPlanLine(string UnitName, int Version, PlanStatus Status, int Items, int EntriesDone, int EntriesOverdue, int EntriesInProgress, int CoordinationItems);
