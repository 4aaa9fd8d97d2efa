using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// A secondary committee's or general branch's long-term mechanism (DOMAIN.md §6) not 已建立: due by the stage's end in
/// the unit's calendar, the unit's principal leader reminded 7 and 1 days before, on the first day after and weekly
/// (through consolidation) until it is recorded as established; escalated once to the parent unit's leaders (the office
/// for units under the university committee, as filings go). A unit with no principal leader in the roster: the office
/// is reminded instead. Subject id = "{unit code}|{mechanism}".
/// </summary>
public sealed class MissingMechanismsSource(IMechanismRepository mechanisms) : IObligationSource
{
    private readonly ConditionalWeakTable<SupervisionContext, ConcurrentDictionary<string, Lazy<Task<UnitMechanisms>>>> _read = new();

    public string Kind => ObligationKinds.MechanismMissing;

    public static string SubjectId(string unitCode, MechanismKind kind) => unitCode + "|" + kind;

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(context);
        var separator = subjectId.LastIndexOf('|');
        if (separator <= 0 || !MechanismRegister.TryParse<MechanismKind>(subjectId[(separator + 1)..], out var kind)
            || context.Roster.Unit(subjectId[..separator]) is not { IsPartyCommitteeLevel: true } unit)
        {
            return null;
        }

        // One read of a unit's partition per run, however many of its five are due.
        var unitMechanisms = await _read.GetOrCreateValue(context)
            .GetOrAdd(unit.Code, code => new Lazy<Task<UnitMechanisms>>(() => mechanisms.LoadAsync(code, cancellationToken))).Value.ConfigureAwait(false);
        return ObligationOf(unitMechanisms.For(kind), context.Roster, context.Calendars);
    }

    public async IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recorded = new List<Mechanism>();
        await foreach (var mechanism in mechanisms.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            recorded.Add(mechanism);
        }

        foreach (var row in MechanismOverview.Of(context.Today, context.Roster, recorded).Units)
        {
            foreach (var mechanism in row.Mechanisms.All)
            {
                if (ObligationOf(mechanism, context.Roster, context.Calendars) is { } obligation)
                {
                    yield return obligation;
                }
            }
        }
    }

    /// <summary>The mechanism's obligation; null once established, or while the unit has no stage calendar.</summary>
    public static Obligation? ObligationOf(Mechanism mechanism, Roster.Roster roster, StageCalendars calendars)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(calendars);
        if (mechanism.IsEstablished || roster.Unit(mechanism.UnitCode) is not { IsPartyCommitteeLevel: true } unit
            || calendars.For(unit.Code, roster) is not { } calendar)
        {
            return null;
        }

        var owners = CommitteeResponsibility.Owners(unit.Code, roster);
        return new Obligation
        {
            Kind = ObligationKinds.MechanismMissing,
            SubjectId = SubjectId(unit.Code, mechanism.Kind),
            OwnerNumbers = owners,
            DueDate = calendar.StageEnd,
            EscalationTargets = CommitteeResponsibility.Escalation(unit.Code, owners, roster),
            Schedule = ReminderSchedule.Deadline,
            Title = unit.Name + " · " + MechanismNames.Chinese(mechanism.Kind),
            UnitCode = unit.Code,
        };
    }
}
