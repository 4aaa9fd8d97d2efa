using System.Text.RegularExpressions;

namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// Deadlines typed in English (lower-cased, whitespace collapsed): "tomorrow", "next Friday", "end of next month",
/// "in 2 weeks", "Dec 31", "December 31, 2026", "31 Dec 2026". A leading "by" is allowed.
/// </summary>
internal static partial class EnglishDeadlineText
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static DeadlineReading Read(string text, DateOnly today)
    {
        if (text.StartsWith("by ", StringComparison.Ordinal))
        {
            text = text[3..];
        }

        switch (text)
        {
            case "today":
                return DeadlineReading.Of(today);
            case "tomorrow":
                return DeadlineReading.Of(today.AddDays(1));
            case "the day after tomorrow" or "day after tomorrow":
                return DeadlineReading.Of(today.AddDays(2));
            case "end of month" or "end of the month" or "end of this month" or "the end of the month" or "the end of this month" or "month end":
                return DeadlineReading.Of(CalendarDates.MonthEnd(today));
            case "end of next month" or "the end of next month":
                return DeadlineReading.Of(CalendarDates.MonthEnd(today.AddMonths(1)));
            case "end of year" or "end of the year" or "end of this year" or "the end of the year" or "the end of this year" or "year end" or "year-end":
                return DeadlineReading.Of(new DateOnly(today.Year, 12, 31));
            case "end of next year" or "the end of next year":
                return DeadlineReading.Of(new DateOnly(today.Year + 1, 12, 31));
        }

        if (MonthFirst().Match(text) is { Success: true } monthFirst)
        {
            return Named(monthFirst, today);
        }

        if (DayFirst().Match(text) is { Success: true } dayFirst)
        {
            return Named(dayFirst, today);
        }

        if (Weekday().Match(text) is { Success: true } weekday)
        {
            var day = (DayOfWeek)Array.IndexOf(Days, weekday.Groups["day"].Value[..3]);
            var date = weekday.Groups["which"].Value switch
            {
                // Read as 下周五: the Friday of next week, the way the Chinese answer is read.
                "next" => CalendarDates.InWeek(CalendarDates.WeekStart(today).AddDays(7), day),
                "this" => CalendarDates.InWeek(CalendarDates.WeekStart(today), day),
                _ => CalendarDates.Coming(today, day),
            };
            return DeadlineReading.Of(date);
        }

        if (Span().Match(text) is { Success: true } span)
        {
            var count = Count(span.Groups["n"].Value);
            var unit = span.Groups["unit"].Value switch
            {
                "day" => SpanUnit.Day,
                "week" => SpanUnit.Week,
                _ => SpanUnit.Month,
            };
            return count is null ? DeadlineReading.Unreadable : DeadlineReading.Of(CalendarDates.After(today, count.Value, unit));
        }

        return DeadlineReading.Unreadable;
    }

    private static DeadlineReading Named(Match match, DateOnly today)
    {
        var month = Array.IndexOf(Months, match.Groups["month"].Value[..3]) + 1;
        var day = DeadlineText.Int(match, "d");
        return match.Groups["y"].Success
            ? CalendarDates.Exact(DeadlineText.Int(match, "y"), month, day)
            : CalendarDates.WithoutYear(month, day, today);
    }

    private static int? Count(string n) => n switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null,
    };

    private const string MonthName = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"^(?:on )?" + MonthName + @" (?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:,? (?<y>[0-9]{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?:on )?(?:the )?(?<d>[0-9]{1,2})(?:st|nd|rd|th)? (?:of )?" + MonthName + @"(?:,? (?<y>[0-9]{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?:on )?(?:(?<which>this|next) )?(?<day>mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:in|within) (?<n>[0-9]{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?<unit>day|week|month)s?$", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
