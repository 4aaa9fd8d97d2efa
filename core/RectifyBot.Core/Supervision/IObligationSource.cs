namespace RectifyBot.Core.Supervision;

/// <summary>
/// Builds the obligations of one kind from the records that own them. The sweep asks for one obligation at a time
/// (an index row names it); the nightly reconciliation lists them all to repair the index. A later issue adds a kind
/// by registering a source (and indexing its records when they change).
/// </summary>
public interface IObligationSource
{
    /// <summary>One of <see cref="ObligationKinds"/>.</summary>
    string Kind { get; }

    /// <summary>The obligation as its record stands now, or null when there is none any more (done, withdrawn, gone).</summary>
    Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default);

    /// <summary>Every current obligation of the kind.</summary>
    IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, CancellationToken cancellationToken = default);
}
