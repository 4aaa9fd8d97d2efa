using Microsoft.Extensions.Logging;

namespace RectifyBot.Core.Supervision;

/// <summary>
/// Nightly repair of the due-date index: every current obligation of every kind gets its next reminder row if the index
/// lacks it (a transition that wrote its entry but whose index write was lost cannot happen — the index is written
/// first — but a row deleted by a crashed sweep before it wrote the next one can), and rows older than the catch-up
/// window, which no sweep will read again, are deleted.
/// </summary>
public sealed partial class SupervisionReconciliation(IEnumerable<IObligationSource> sources, IDueIndex index, SupervisionSweep sweep, SupervisionOptions options, ILogger<SupervisionReconciliation> logger)
{
    public async Task<ReconcileResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var context = await sweep.ContextAsync(cancellationToken).ConfigureAwait(false);
        var existing = new HashSet<DueIndexRow>();
        var old = new List<DueIndexRow>();
        var oldest = context.Today.AddDays(-options.CatchUpDays);
        await foreach (var row in index.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            (row.Day < oldest ? old : (ICollection<DueIndexRow>)existing).Add(row);
        }

        var missing = new List<DueIndexRow>();
        foreach (var source in sources)
        {
            var obligations = new List<Obligation>();
            await foreach (var obligation in source.ListAsync(context, cancellationToken).ConfigureAwait(false))
            {
                if (!context.IsAfterCampaign(obligation))
                {
                    obligations.Add(obligation);
                }
            }

            missing.AddRange(SupervisionIndexing.RowsFor(obligations, context.Today, options.EscalateAfterDays).Where(r => !existing.Contains(r)));
        }

        if (missing.Count > 0)
        {
            await index.WriteAsync(missing, cancellationToken).ConfigureAwait(false);
        }

        await index.DeleteAsync(old, cancellationToken).ConfigureAwait(false);
        LogReconciled(existing.Count + old.Count, missing.Count, old.Count);
        return new ReconcileResult(missing.Count, old.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervision index: {Read} rows read, {Added} added, {Deleted} expired rows deleted")]
    private partial void LogReconciled(int read, int added, int deleted);
}

/// <summary>Index rows the reconciliation added and expired rows it deleted.</summary>
public sealed record ReconcileResult(int Added, int Deleted);
