namespace RectifyBot.Core.SummaryReports;

/// <summary>
/// Ledger entries (measures and plan items) that reached supervision's escalation day — still open on the day after
/// <c>EscalateAfterDays</c> full days overdue (<see cref="Supervision.ObligationCalendar.EscalationDay"/>) — of them
/// those still open, and the plan items sent up for coordination (上级协调).
/// </summary>
public sealed record EscalationFigures(int Escalated, int EscalatedStillOpen, int CoordinationItems);
