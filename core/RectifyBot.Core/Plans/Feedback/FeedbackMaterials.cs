using RectifyBot.Core.Roster;
using RectifyBot.Core.StatusReports;

namespace RectifyBot.Core.Plans.Feedback;

/// <summary>Finds what a feedback window is about, for the rating card and the web page.</summary>
public sealed class FeedbackMaterials(IPlanRepository plans, IStatusReportRepository reports, IRosterRepository rosters)
{
    /// <summary>What a survey's card and page show above the questions: its subject's material, or null for a satisfaction survey.</summary>
    public async Task<FeedbackMaterial?> ForSurveyAsync(Surveys.Survey survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.Subject is { } subject ? await FindAsync(subject, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>The published plan version or status report; null when it does not exist (any more).</summary>
    public async Task<FeedbackMaterial?> FindAsync(FeedbackSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var unitName = roster.Unit(subject.UnitCode)?.Name ?? subject.UnitCode;
        if (subject.Kind == FeedbackSubjectKind.Plan)
        {
            var plan = await plans.LoadAsync(subject.UnitCode, cancellationToken).ConfigureAwait(false);
            if (plan.Version(subject.Number) is not { } version)
            {
                return null;
            }

            var names = version.Items.Select(i => i.ResponsibleUnitCode).Distinct(StringComparer.Ordinal)
                .ToDictionary(code => code, code => roster.Unit(code)?.Name ?? code, StringComparer.Ordinal);
            return new FeedbackMaterial(subject, unitName, version, null, names);
        }

        var report = (await reports.ListAsync(subject.UnitCode, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Number == subject.Number);
        return report is null ? null : new FeedbackMaterial(subject, unitName, null, report, new Dictionary<string, string>(StringComparer.Ordinal));
    }
}
