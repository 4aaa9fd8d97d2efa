using RectifyBot.Core.Stages;

namespace RectifyBot.Core.SummaryReports;

/// <summary>
/// The figures of a secondary committee's or general branch's draft summary report (总结报告, issue 9), over the unit
/// and every unit under it (mechanisms: the unit's own five), as of <see cref="Today"/> (China Standard Time). The document is written from this alone.
/// </summary>
public sealed record SummaryReport
{
    public required string UnitCode { get; init; }

    public required string UnitName { get; init; }

    public required DateOnly Today { get; init; }

    public StageCalendar? Stage { get; init; }

    public required MeasureFigures Measures { get; init; }

    public required IReadOnlyList<UnitPlanLine> Plans { get; init; }

    public required IReadOnlyList<PlanEntryLine> PlanEntries { get; init; }

    public required EscalationFigures Escalations { get; init; }

    public required int EscalateAfterDays { get; init; }

    public required IReadOnlyList<SurveyLine> Surveys { get; init; }

    public required IReadOnlyList<MeetingLine> Meetings { get; init; }

    /// <summary>The unit's five long-term mechanisms as they stand (never recorded: 未建立).</summary>
    public required IReadOnlyList<Mechanisms.Mechanism> Mechanisms { get; init; }
}
