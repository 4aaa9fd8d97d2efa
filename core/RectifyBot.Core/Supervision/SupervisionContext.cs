using System.Collections.Concurrent;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision;

/// <summary>
/// What one run sees: the China Standard Time day it serves, the roster and stage calendars in force, the settings,
/// and a per-run cache of members' measures (several obligations come from one member's partition). The sweep checks
/// obligations concurrently, so the cache reads each partition once however many obligations ask at the same time.
/// </summary>
public sealed class SupervisionContext(
    DateOnly today, Roster.Roster roster, StageCalendars calendars, SupervisionOptions options, IMeasureRepository measures, IPlanRepository? plans = null)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<MemberMeasures>>> _measures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<UnitPlan>>> _plans = new(StringComparer.Ordinal);
    private int _measuresRead;

    public DateOnly Today => today;

    public Roster.Roster Roster => roster;

    public StageCalendars Calendars => calendars;

    public SupervisionOptions Options => options;

    /// <summary>Member partitions read so far in this run (the benchmark reports it).</summary>
    public int MeasuresRead => Volatile.Read(ref _measuresRead);

    public Task<MemberMeasures> MeasuresOfAsync(string authorNumber, CancellationToken cancellationToken) =>
        _measures.GetOrAdd(authorNumber, author => new Lazy<Task<MemberMeasures>>(() =>
        {
            Interlocked.Increment(ref _measuresRead);
            return measures.LoadAsync(author, cancellationToken);
        })).Value;

    /// <summary>A unit's plan (its accepted items' ledger entries), read once per run; none without a plan store.</summary>
    public Task<UnitPlan> PlanOfAsync(string unitCode, CancellationToken cancellationToken) =>
        _plans.GetOrAdd(unitCode, unit => new Lazy<Task<UnitPlan>>(() =>
            plans is null ? Task.FromResult(UnitPlan.None(unit)) : plans.LoadAsync(unit, cancellationToken))).Value;

    /// <summary>
    /// True once the consolidation period of the obligation's unit has ended (DOMAIN.md: supervision goes on through
    /// consolidation, and the campaign ends with it): it is no longer reminded or escalated. An obligation without a
    /// unit, or a unit without a calendar, is supervised as before.
    /// </summary>
    public bool IsAfterCampaign(Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return obligation.UnitCode is { } unit && calendars.For(unit, roster)?.HasEndedBy(today) == true;
    }

    /// <summary>The principal leader of the secondary committee or general branch the unit belongs to.</summary>
    public string? PrincipalLeaderFor(string? unitCode)
    {
        var committee = roster.CommitteeOf(unitCode);
        return committee is null ? null : roster.Holders(Core.Roster.Position.PrincipalLeader, committee.Code).FirstOrDefault()?.Number;
    }
}
