namespace RectifyBot.Core.SummaryReports;

/// <summary>The final summary report a unit submitted: the file's name and size, who sent it and when (the bytes are stored beside it).</summary>
public sealed record SummaryReportSubmission(string UnitCode, string FileName, long Size, string SubmittedByNumber, DateTimeOffset SubmittedAt);
