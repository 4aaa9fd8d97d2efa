namespace RectifyBot.Core.Roster.Demo;

/// <summary>Seeds <see cref="DemoRoster"/> when the roster is empty. For the local run (Development) only.</summary>
public static class DemoRosterSeeder
{
    /// <summary>Who the demo version is recorded as imported by.</summary>
    public const string OperatorNumber = "demo-seed";

    /// <summary>Saves the demo roster as the first version if there is none; returns whether it did.</summary>
    public static async Task<bool> SeedIfEmptyAsync(IRosterRepository repository, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(time);
        if (await repository.CurrentVersionAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var roster = DemoRoster.Create();
        await repository.SaveNewVersionAsync(
            roster, OperatorNumber, $"demo roster: {roster.Units.Count} units, {roster.People.Count} people", time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
