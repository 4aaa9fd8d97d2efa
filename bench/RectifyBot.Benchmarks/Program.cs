using RectifyBot.Benchmarks;

// Figures are ratios measured in one run where a comparison is meant; see docs/benchmarks.md.
var connectionString = Environment.GetEnvironmentVariable("RECTIFY_BENCH_STORAGE")
    ?? throw new InvalidOperationException("RECTIFY_BENCH_STORAGE is not set: run ./rectify bench");
var which = args.Length > 0 ? args[0] : "all";
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;

Console.WriteLine($"# RectifyBot benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
if (which is "all" or "turns")
{
    await WelcomeTurnsBenchmark.RunAsync(connectionString, TimeSpan.FromSeconds(seconds));
}

if (which is "all" or "measures")
{
    await MeasureFlowBenchmark.RunAsync(connectionString, TimeSpan.FromSeconds(seconds));
}

if (which is "all" or "storage")
{
    await StorageCeilingBenchmark.RunAsync(connectionString, TimeSpan.FromSeconds(seconds));
}

if (which is "all" or "roster")
{
    // A fixed amount of work (three saves of a 20,000-person roster): the duration argument does not apply.
    await RosterImportBenchmark.RunAsync(connectionString);
}

if (which is "all" or "fanout")
{
    // A fixed amount of work (5,000 reminders at 50/s): the duration argument does not apply.
    await FanOutBenchmark.RunAsync(connectionString);
}

if (which is "fanout-budget")
{
    // The limiter alone (not part of "all"): the fan-out's sends through the budget straight to the fake connector.
    await FanOutBenchmark.RunBudgetOnlyAsync(connectionString);
}

if (which is "all" or "supervision")
{
    // A fixed amount of work: 20,000 owners with 5 ledger entries each; the seconds argument does not apply.
    await SupervisionSweepBenchmark.RunAsync(connectionString, 20_000, 5);
}

if (which is "all" or "surveys")
{
    // A fixed amount of work: 20,000 replies (RECTIFY_BENCH_REPLIES to change) through the ingestion queue; the seconds argument does not apply.
    await SurveyIngestBenchmark.RunAsync(connectionString);
}
