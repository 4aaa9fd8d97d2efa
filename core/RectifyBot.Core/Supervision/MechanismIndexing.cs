using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision.Sources;

namespace RectifyBot.Core.Supervision;

/// <summary>
/// Writes the due-date index row of a mechanism about to be saved while it is still not established (e.g. an
/// established one set back to 建立中), before it is saved; an established one's old row is found stale by the sweep.
/// Mechanisms never recorded are indexed by the nightly reconciliation, which lists every unit's five.
/// </summary>
public sealed class MechanismIndexing(IDueIndex index, IStageCalendarRepository calendars, SupervisionOptions options, TimeProvider time) : IMechanismChangeObserver
{
    public async Task BeforeSaveAsync(Mechanism mechanism, Roster.Roster roster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ArgumentNullException.ThrowIfNull(roster);
        if (mechanism.IsEstablished)
        {
            return;
        }

        var stage = await calendars.LoadAsync(cancellationToken).ConfigureAwait(false);
        var obligation = MissingMechanismsSource.ObligationOf(mechanism, roster, stage);
        var rows = SupervisionIndexing.RowsFor(obligation is null ? [] : [obligation], ChinaTime.Today(time), options.EscalateAfterDays);
        if (rows.Count > 0)
        {
            await index.WriteAsync(rows, cancellationToken).ConfigureAwait(false);
        }
    }
}
