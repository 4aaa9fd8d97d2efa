using RectifyBot.Core.StatusReports;

namespace RectifyBot.Cards.StatusReports;

/// <summary>
/// 公布整改情况: a unit's status summary, either as the form to publish it (scope, last day of the window; what was
/// typed and the errors next to each field) or, once <see cref="Published"/>, as published.
/// </summary>
public sealed record StatusReportView(string UnitCode, string UnitName, StatusSummary Summary)
{
    public StatusReport? Published { get; init; }

    /// <summary>The scope as chosen or typed (an enum name or words), kept when refused.</summary>
    public string? Scope { get; init; }

    /// <summary>The window's last day as chosen or typed, kept when refused.</summary>
    public string? LastDay { get; init; }

    /// <summary>Errors by input id (<see cref="StatusReportCard.ScopeField"/>, <see cref="StatusReportCard.LastDayField"/>), in the reader's language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
