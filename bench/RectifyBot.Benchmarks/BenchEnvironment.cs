using System.Globalization;

namespace RectifyBot.Benchmarks;

/// <summary>Benchmark sizes a run may override from the environment (RECTIFY_BENCH_*), to try a path quickly or compare settings.</summary>
internal static class BenchEnvironment
{
    public static int Int(string name, int otherwise) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : otherwise;
}
