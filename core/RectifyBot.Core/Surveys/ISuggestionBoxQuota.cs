namespace RectifyBot.Core.Surveys;

/// <summary>
/// How many opinions a unit's web suggestion box takes per hour, across every instance. The web box is public and
/// anonymous, so a flood cannot be stopped per person without keeping who posted; a cap per unit and hour keeps its
/// leaders' digests (one per batch of 5) from becoming a flood of their own, and stores no person, address or opinion.
/// </summary>
public interface ISuggestionBoxQuota
{
    /// <summary>Counts one opinion for the unit in the UTC hour of <paramref name="now"/>; false when <paramref name="perHour"/> were already counted.</summary>
    /// <param name="unitCode">The unit whose box it is.</param>
    /// <param name="now">When the opinion came.</param>
    /// <param name="perHour">The cap.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<bool> TryTakeAsync(string unitCode, DateTimeOffset now, int perHour, CancellationToken cancellationToken = default);
}
