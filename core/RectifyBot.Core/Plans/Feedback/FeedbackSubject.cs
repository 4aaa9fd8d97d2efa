using System.Globalization;

namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// What a published feedback window is about: a version of a unit's plan (公示) or a unit's published rectification
/// status (公布整改情况, <see cref="StatusReports.StatusReport"/>). Both are published to a scope for a window with the
/// same ratings, anonymity and majority rule; the subject tells the feedback side which window to tally.
/// </summary>
public sealed record FeedbackSubject(FeedbackSubjectKind Kind, string UnitCode, int Number)
{
    public static FeedbackSubject Plan(string unitCode, int version) => new(FeedbackSubjectKind.Plan, unitCode, version);

    public static FeedbackSubject StatusReport(string unitCode, int number) => new(FeedbackSubjectKind.StatusReport, unitCode, number);

    /// <summary>"plan|{unit}|v{n}" or "status|{unit}|r{n}": a key for the feedback side's rows.</summary>
    public string Key => Kind == FeedbackSubjectKind.Plan
        ? string.Create(CultureInfo.InvariantCulture, $"plan|{UnitCode}|v{Number}")
        : string.Create(CultureInfo.InvariantCulture, $"status|{UnitCode}|r{Number}");

    /// <summary>
    /// The id of the survey that collects this subject's ratings: "{unit}-plan-v{n}" or "{unit}-status-r{n}" — one per
    /// subject, so opening it again finds the same survey; safe in table keys, card data and link URLs.
    /// </summary>
    public string SurveyId => Kind == FeedbackSubjectKind.Plan
        ? string.Create(CultureInfo.InvariantCulture, $"{UnitCode}-plan-v{Number}")
        : string.Create(CultureInfo.InvariantCulture, $"{UnitCode}-status-r{Number}");
}
