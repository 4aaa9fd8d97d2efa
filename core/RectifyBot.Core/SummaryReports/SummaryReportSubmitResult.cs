namespace RectifyBot.Core.SummaryReports;

public enum SummaryReportSubmitResult
{
    Submitted,

    /// <summary>Only the unit's leaders or the office submit its report.</summary>
    Refused,

    /// <summary>The unit does not write a summary report (not a secondary committee or general branch), or is unknown.</summary>
    NotAReportingUnit,

    /// <summary>Not a Word document (.docx).</summary>
    NotAWordDocument,

    TooLarge,
}
