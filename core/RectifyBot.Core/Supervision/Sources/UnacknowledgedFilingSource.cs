using System.Runtime.CompilerServices;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Plans filed (备案) with the parent unit that its leaders have not acknowledged (DOMAIN.md "Supervision also chases
/// … filings not acknowledged"): the parent's leaders (<see cref="PlanLeaders.FilingRecipients"/>) are reminded once it
/// has waited more than <see cref="SupervisionOptions.AcknowledgeFilingDays"/> days since filing, then weekly; the office
/// hears once when it is <see cref="SupervisionOptions.EscalateAfterDays"/> days later still. Subject id = "{unit}|v{n}".
/// </summary>
public sealed class UnacknowledgedFilingSource(IPlanRepository plans) : IObligationSource
{
    public string Kind => ObligationKinds.FilingNotAcknowledged;

    public static string SubjectOf(PlanVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return VersionSubjects.Of(version.UnitCode, version.Version);
    }

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(context);
        if (!VersionSubjects.TryParse(subjectId, out var unit, out var number))
        {
            return null;
        }

        var plan = await context.PlanOfAsync(unit, cancellationToken).ConfigureAwait(false);
        return plan.Version(number) is { } version ? ObligationOf(version, context.Options, context.Roster) : null;
    }

    public async IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await foreach (var version in plans.ListVersionsAsync(PlanStatus.Filed, cancellationToken).ConfigureAwait(false))
        {
            if (ObligationOf(version, context.Options, context.Roster) is { } obligation)
            {
                yield return obligation;
            }
        }
    }

    /// <summary>The filing's obligation while it waits; owners and escalation only with a roster (the index needs neither).</summary>
    public static Obligation? ObligationOf(PlanVersion version, SupervisionOptions options, Roster.Roster? roster)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(options);
        if (version is not { Status: PlanStatus.Filed, FiledAt: { } filedAt, ParentUnitCode: { } parent })
        {
            return null;
        }

        var (owners, office) = ParentAndOffice(parent, roster);
        return new Obligation
        {
            Kind = ObligationKinds.FilingNotAcknowledged,
            SubjectId = SubjectOf(version),
            OwnerNumbers = owners,
            DueDate = ChinaTime.DateOf(filedAt).AddDays(options.AcknowledgeFilingDays),
            EscalationTargets = office,
            Schedule = ReminderSchedule.OverdueOnly,
            Title = roster?.Unit(version.UnitCode)?.Name ?? version.UnitCode,
            UnitCode = version.UnitCode,
        };
    }

    /// <summary>Who acts for the parent unit (its leaders; the office when it has none or is the university committee), and the office staff who are not among them.</summary>
    internal static (IReadOnlyList<string> Owners, IReadOnlyList<string> Office) ParentAndOffice(string parentUnitCode, Roster.Roster? roster)
    {
        if (roster is null)
        {
            return ([], []);
        }

        var owners = PlanLeaders.FilingRecipients(parentUnitCode, roster).Select(p => p.Number).ToList();
        return (owners, [.. PlanLeaders.Office(roster).Select(p => p.Number).Where(n => !owners.Contains(n, StringComparer.Ordinal))]);
    }
}
