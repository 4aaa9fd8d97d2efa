namespace RectifyBot.Bot.Identity;

/// <summary>Section "DemoRoster": the fictional 湖畔大学 roster for the local run (Development only).</summary>
public sealed class DemoRosterOptions
{
    public const string SectionName = "DemoRoster";

    /// <summary>Load the demo roster at start-up when no roster has been imported yet.</summary>
    public bool SeedWhenEmpty { get; set; }
}
