namespace RectifyBot.Core.Stages;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving): the campaign's dates are calendar dates in CST, while storage,
/// timers and clocks are UTC. A CST day starts at 16:00 UTC the day before.
/// </summary>
public static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToChinaTime(time.GetUtcNow()).DateTime);
    }

    /// <summary>The instant as China's wall-clock time (offset +08:00).</summary>
    public static DateTimeOffset ToChinaTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The CST date an instant falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChinaTime(instant).DateTime);

    /// <summary>The instant (in UTC) a CST day begins: 00:00 CST = 16:00 UTC the previous day.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    /// <summary>The instant (in UTC) a CST day ends, exclusive: the start of the next day. A deadline date is met before it.</summary>
    public static DateTimeOffset EndOfDayUtc(DateOnly date) => StartOfDayUtc(date.AddDays(1));

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // Images without tzdata (chiseled containers): China has kept UTC+8 without daylight saving since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
