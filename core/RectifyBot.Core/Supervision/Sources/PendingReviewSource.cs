using System.Runtime.CompilerServices;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Submitted versions still waiting for a review, an office forward or assignment, or an external decision: the people
/// who must act now (the version's current reviewers) are reminded once it has waited more than
/// <see cref="SupervisionOptions.PendingReviewDays"/> days since submission, then weekly. Subject id = "{author}|v{n}".
/// </summary>
public sealed class PendingReviewSource(IMeasureRepository measures) : IObligationSource
{
    public string Kind => ObligationKinds.ReviewPending;

    public static string SubjectOf(SubmissionVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return VersionSubjects.Of(version.AuthorNumber, version.Version);
    }

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(context);
        if (!VersionSubjects.TryParse(subjectId, out var author, out var number))
        {
            return null;
        }

        var member = await context.MeasuresOfAsync(author, cancellationToken).ConfigureAwait(false);
        return member.Version(number) is { } version ? ObligationOf(version, context.Options, context.Roster) : null;
    }

    public async IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await foreach (var version in measures.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ObligationOf(version, context.Options, context.Roster) is { } obligation)
            {
                yield return obligation;
            }
        }
    }

    public static Obligation? ObligationOf(SubmissionVersion version, SupervisionOptions options, Roster.Roster? roster)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(options);
        if (!version.Status.IsOpen() || version.Reviewers.Count == 0)
        {
            return null;
        }

        return new Obligation
        {
            Kind = ObligationKinds.ReviewPending,
            SubjectId = SubjectOf(version),
            OwnerNumbers = version.Reviewers,
            DueDate = ChinaTime.DateOf(version.SubmittedAt).AddDays(options.PendingReviewDays),
            Schedule = ReminderSchedule.OverdueOnly with { Escalates = false },
            Title = roster?.Person(version.AuthorNumber)?.Name ?? version.AuthorNumber,
            UnitCode = version.AuthorUnitCode,
            AboutNumber = version.AuthorNumber,
        };
    }
}
