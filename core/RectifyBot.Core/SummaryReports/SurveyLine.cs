using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.SummaryReports;

/// <summary>One satisfaction survey of the unit (or a unit under it): its window (closed: its last day has ended), the counts, the verdict and the opinions.</summary>
public sealed record SurveyLine(
    string UnitName, DateOnly FirstDay, DateOnly LastDay, bool Closed, int Asked, int Answers, SatisfactionCounts Overall, MajorityVerdict Verdict, IReadOnlyList<string> Opinions);
