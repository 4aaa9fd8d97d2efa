namespace RectifyBot.Testing.Playground;

/// <summary>How <see cref="PlaygroundProcess"/> starts the Playground.</summary>
public sealed record PlaygroundSettings
{
    /// <summary>A .m365agentsplayground.yml; null means the committed one (<see cref="PlaygroundProcess.DefaultConfigPath"/>).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>
    /// Sent to the bot as the activities' localTimezone (the Playground takes it from Node's TZ).
    /// Their locale is always "en-US": the Playground 0.2.28 hard-codes it.
    /// </summary>
    public string TimeZone { get; init; } = "Asia/Shanghai";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
