namespace RectifyBot.Core.Measures.Answers;

/// <summary>Calendar arithmetic the readers share. Weeks start on Monday, as in China (周一 … 周日).</summary>
internal static class CalendarDates
{
    /// <summary>The date, or Impossible when no such day exists (month 13, 2月30日, 29 February in a common year).</summary>
    public static DeadlineReading Exact(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? DeadlineReading.Of(new DateOnly(year, month, day))
            : DeadlineReading.Impossible;

    /// <summary>
    /// A month and day typed without a year: deadlines lie ahead, so this year's unless that day is already past,
    /// then next year's. "2月29日" is impossible when the year it falls in has none.
    /// </summary>
    public static DeadlineReading WithoutYear(int month, int day, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return DeadlineReading.Impossible;
        }

        var year = (month, day).CompareTo((today.Month, today.Day)) >= 0 ? today.Year : today.Year + 1;
        return Exact(year, month, day);
    }

    /// <summary>The last day of the month the date lies in.</summary>
    public static DateOnly MonthEnd(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>The Monday of the date's week.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The day of the week in the week starting Monday <paramref name="monday"/>.</summary>
    public static DateOnly InWeek(DateOnly monday, DayOfWeek day) => monday.AddDays(((int)day + 6) % 7);

    /// <summary>The next such weekday from today on, today included: "周五" typed on a Friday is today.</summary>
    public static DateOnly Coming(DateOnly today, DayOfWeek day) => today.AddDays((((int)day - (int)today.DayOfWeek) + 7) % 7);

    /// <summary>A span from today: days, weeks, or months (same day of the month, or its last day if shorter).</summary>
    public static DateOnly After(DateOnly today, int count, SpanUnit unit) => unit switch
    {
        SpanUnit.Day => today.AddDays(count),
        SpanUnit.Week => today.AddDays(count * 7),
        _ => today.AddMonths(count),
    };
}
