using RectifyBot.Core.Ledger.Views;

namespace RectifyBot.Core.SummaryReports;

/// <summary>An accepted plan item as a ledger entry: the problem, deadline, responsible person and where it stands.</summary>
public sealed record PlanEntryLine(string UnitName, string Problem, DateOnly Deadline, string ResponsibleName, LedgerLineState State);
