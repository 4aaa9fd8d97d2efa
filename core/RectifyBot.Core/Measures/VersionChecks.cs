namespace RectifyBot.Core.Measures;

/// <summary>
/// Card data is not trusted: the version a card names must exist and be the member's latest, or the action is refused
/// with the reason (a changed id, a replayed old card, a withdrawn version).
/// </summary>
public static class VersionChecks
{
    /// <summary>Null when <paramref name="version"/> is the latest and not withdrawn; else why not.</summary>
    public static MeasureActionResult? RefusalFor(MemberMeasures measures, int version)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (measures.Version(version) is not { } found)
        {
            return MeasureActionResult.NotFound;
        }

        if (found.Status == MeasureStatus.Withdrawn)
        {
            return MeasureActionResult.Withdrawn;
        }

        return measures.Latest!.Version != version ? MeasureActionResult.Superseded : null;
    }
}
