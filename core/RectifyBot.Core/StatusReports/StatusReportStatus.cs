namespace RectifyBot.Core.StatusReports;

/// <summary>Where a published status report stands.</summary>
public enum StatusReportStatus
{
    /// <summary>Published to its scope; the feedback window is open.</summary>
    Published,

    /// <summary>The window closed and most respondents were not dissatisfied.</summary>
    Satisfactory,

    /// <summary>Most respondents were dissatisfied: the unit must do better and publish its status again.</summary>
    Dissatisfied,

    /// <summary>Too few answered (the quorum was not met): the office decides what follows.</summary>
    InsufficientResponse,
}
