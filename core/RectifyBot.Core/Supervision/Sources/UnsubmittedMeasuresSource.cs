using System.Runtime.CompilerServices;
using RectifyBot.Core.Measures;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Party members who have not submitted measures (no version, or only withdrawn ones) by their stage calendar's
/// submission date: reminded 7 and 1 days before, on the first day after and weekly; escalated once to the principal
/// leader of their committee. Subject id = the member's number.
/// </summary>
public sealed class UnsubmittedMeasuresSource : IObligationSource
{
    public string Kind => ObligationKinds.MeasuresNotSubmitted;

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var person = context.Roster.Person(subjectId);
        if (person is not { Active: true, IsMember: true } || context.Calendars.For(person.PartyUnitCode, context.Roster) is not { } calendar)
        {
            return null;
        }

        var measures = await context.MeasuresOfAsync(subjectId, cancellationToken).ConfigureAwait(false);
        if (measures.Versions.Any(v => v.Status != MeasureStatus.Withdrawn))
        {
            return null;
        }

        var leader = context.PrincipalLeaderFor(person.PartyUnitCode);
        return new Obligation
        {
            Kind = ObligationKinds.MeasuresNotSubmitted,
            SubjectId = person.Number,
            OwnerNumbers = [person.Number],
            DueDate = calendar.SubmissionDeadline,
            EscalationTargets = leader is null || leader == person.Number ? [] : [leader],
            Schedule = ReminderSchedule.Deadline,
            Title = person.Name,
            UnitCode = person.PartyUnitCode,
        };
    }

    public async IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var person in context.Roster.ActivePeople.Where(p => p.IsMember))
        {
            if (await FindAsync(person.Number, context, cancellationToken).ConfigureAwait(false) is { } obligation)
            {
                yield return obligation;
            }
        }
    }
}
