namespace RectifyBot.Core.Plans;

/// <summary>
/// One area of the office's editable list (DOMAIN.md §2: the "eight aspects", named only by example in the seed).
/// </summary>
/// <param name="Code">Stable key, never shown.</param>
/// <param name="Chinese">The name users see in zh-CN.</param>
/// <param name="English">The name users see in English.</param>
/// <param name="Retired">Taken off the list by the office: no longer offered, still readable on old plans.</param>
public sealed record PlanArea(string Code, string Chinese, string English, bool Retired = false)
{
    /// <summary>Who of the office last changed it (null for the seed's list, never edited).</summary>
    public string? ChangedByNumber { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    public string NameFor(bool english) => english ? English : Chinese;
}
