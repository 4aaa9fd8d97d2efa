using System.Collections.Concurrent;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// One flush per survey at a time in this process. Replies arrive many at once; were each to flush, they would read the
/// same held rows and all but one transaction would fail and read again. A reply that finds a flush running marks the
/// survey and leaves its answer to that flush, which runs once more when marked (its first read may have come before
/// the answer was held), so nothing stays held for want of a flush. Other instances still race; the ballot box's retry
/// handles that.
/// </summary>
public sealed class SurveyFlushTurns : IDisposable
{
    private readonly ConcurrentDictionary<string, SurveyTurn> _surveys = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="flush"/> (returning how many it wrote) unless another flush of the survey is running and
    /// <paramref name="waitForTurn"/> is false, in which case that flush runs again after it ends.
    /// </summary>
    public async Task<int> RunAsync(string surveyId, bool waitForTurn, Func<CancellationToken, Task<int>> flush, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flush);
        var turn = _surveys.GetOrAdd(surveyId, static _ => new SurveyTurn());
        if (waitForTurn)
        {
            await turn.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!turn.Gate.Wait(0, CancellationToken.None))
        {
            Volatile.Write(ref turn.Pending, 1);

            // Taken again in case the running flush ended between the two looks without seeing the mark.
            if (!turn.Gate.Wait(0, CancellationToken.None))
            {
                return 0;
            }
        }

        var written = 0;
        while (true)
        {
            try
            {
                // Answers held from here on are either read by this flush or marked for another round.
                Volatile.Write(ref turn.Pending, 0);
                written += await flush(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                turn.Gate.Release();
            }

            if (Interlocked.Exchange(ref turn.Pending, 0) == 0 || !turn.Gate.Wait(0, CancellationToken.None))
            {
                return written;
            }
        }
    }

    public void Dispose()
    {
        foreach (var turn in _surveys.Values)
        {
            turn.Dispose();
        }
    }

    private sealed class SurveyTurn : IDisposable
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
#pragma warning disable SA1401 // Interlocked needs the field.
        public int Pending;
#pragma warning restore SA1401

        public void Dispose() => Gate.Dispose();
    }
}
