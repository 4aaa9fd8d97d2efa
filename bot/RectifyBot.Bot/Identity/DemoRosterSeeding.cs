using Microsoft.Extensions.Options;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Bot.Identity;

/// <summary>Loads the demo roster into an empty roster at start-up when configured (the local run), so the Playground personas are bound.</summary>
public sealed partial class DemoRosterSeeding(
    IOptions<DemoRosterOptions> options,
    IRosterRepository roster,
    TimeProvider clock,
    ILogger<DemoRosterSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedWhenEmpty)
        {
            return;
        }

        await DemoRosterSeeder.SeedIfEmptyAsync(roster, clock, cancellationToken).ConfigureAwait(false);
        LogSeeded();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo roster ready (loaded if the roster was empty)")]
    private partial void LogSeeded();
}
