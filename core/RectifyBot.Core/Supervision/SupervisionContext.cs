using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision;

/// <summary>
/// What one run sees: the China Standard Time day it serves, the roster and stage calendars in force, the settings,
/// and a per-run cache of members' measures (several obligations come from one member's partition).
/// </summary>
public sealed class SupervisionContext(
    DateOnly today, Roster.Roster roster, StageCalendars calendars, SupervisionOptions options, IMeasureRepository measures, IPlanRepository? plans = null)
{
    private readonly Dictionary<string, MemberMeasures> _measures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitPlan> _plans = new(StringComparer.Ordinal);

    public DateOnly Today => today;

    public Roster.Roster Roster => roster;

    public StageCalendars Calendars => calendars;

    public SupervisionOptions Options => options;

    /// <summary>Member partitions read so far in this run (the benchmark reports it).</summary>
    public int MeasuresRead { get; private set; }

    public async Task<MemberMeasures> MeasuresOfAsync(string authorNumber, CancellationToken cancellationToken)
    {
        if (!_measures.TryGetValue(authorNumber, out var found))
        {
            found = await measures.LoadAsync(authorNumber, cancellationToken).ConfigureAwait(false);
            _measures[authorNumber] = found;
            MeasuresRead++;
        }

        return found;
    }

    /// <summary>A unit's plan (its accepted items' ledger entries), read once per run; none without a plan store.</summary>
    public async Task<UnitPlan> PlanOfAsync(string unitCode, CancellationToken cancellationToken)
    {
        if (!_plans.TryGetValue(unitCode, out var found))
        {
            found = plans is null ? UnitPlan.None(unitCode) : await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
            _plans[unitCode] = found;
        }

        return found;
    }

    /// <summary>The principal leader of the secondary committee or general branch the unit belongs to.</summary>
    public string? PrincipalLeaderFor(string? unitCode)
    {
        var committee = roster.CommitteeOf(unitCode);
        return committee is null ? null : roster.Holders(Core.Roster.Position.PrincipalLeader, committee.Code).FirstOrDefault()?.Number;
    }
}
