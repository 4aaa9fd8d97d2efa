using System.Diagnostics;

namespace RectifyBot.Benchmarks;

/// <summary>Runs an operation from several concurrent workers for a fixed time and reports the rate and latency percentiles.</summary>
public static class LoadLoop
{
    public sealed record Result(long Operations, double Seconds, double P50Ms, double P99Ms)
    {
        public double PerSecond => Operations / Seconds;
    }

    public static async Task<Result> RunAsync(Func<Task> operation, int workers, TimeSpan duration)
    {
        // Warm up: connection pools, JIT, first table creation.
        for (var i = 0; i < 20; i++)
        {
            await operation().ConfigureAwait(false);
        }

        var latencies = new List<double>[workers];
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await operation().ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        await Task.WhenAll(tasks).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
