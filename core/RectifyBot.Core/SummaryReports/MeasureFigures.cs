namespace RectifyBot.Core.SummaryReports;

/// <summary>
/// Personal measures of the active Party members of a unit and the units under it: who submitted (a version not
/// withdrawn), whose latest such version is approved / awaiting a decision, how many versions were returned over the
/// stage, and the ledger entries of approved problems (done, overdue).
/// </summary>
public sealed record MeasureFigures(int Members, int Submitted, int Approved, int AwaitingDecision, int ReturnedVersions, int Entries, int EntriesDone, int EntriesOverdue);
