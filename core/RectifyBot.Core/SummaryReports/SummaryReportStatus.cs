using RectifyBot.Core.Roster;

namespace RectifyBot.Core.SummaryReports;

/// <summary>One reporting unit and its latest submission (null: not submitted yet).</summary>
public sealed record SummaryReportStatus(OrganisationUnit Unit, SummaryReportSubmission? Submission);
