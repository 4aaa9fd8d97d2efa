using System.Globalization;
using System.Text.RegularExpressions;

namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// Reads a deadline a member typed instead of using the card's date picker (Teams mobile shows schema 1.2 cards):
/// numeric dates ("2026-12-31", "20261231"), Chinese ones ("2026年12月31日", "十二月三十一号"), relative ones
/// ("下周五", "下月底", "两周内") and English ones ("next Friday", "Dec 31"). The whole answer must be the date (a
/// trailing "前" / "by" is allowed): anything more is Unreadable, so the bot asks again rather than guess.
/// </summary>
public static partial class DeadlineText
{
    /// <param name="text">What the member typed.</param>
    /// <param name="today">Today in China Standard Time (<c>ChinaTime.Today(time)</c>): relative dates count from it.</param>
    public static DeadlineReading Read(string? text, DateOnly today)
    {
        var normalized = AnswerText.Normalize(text);
        if (normalized.Length == 0)
        {
            return DeadlineReading.Unreadable;
        }

        return AnswerText.HasChinese(normalized)
            ? ReadChinese(normalized, today)
            : ReadNumeric(AnswerText.CollapseWhitespace(normalized), today) ?? EnglishDeadlineText.Read(AnswerText.CollapseWhitespace(normalized), today);
    }

    /// <summary>Dates in digits only: with a year ("2026-12-31", "2026/12/31", "2026.12.31", "20261231") or without ("12-31", "12/31").</summary>
    internal static DeadlineReading? ReadNumeric(string text, DateOnly today)
    {
        if (FullNumeric().Match(text) is { Success: true } full)
        {
            return CalendarDates.Exact(Int(full, "y"), Int(full, "m"), Int(full, "d"));
        }

        if (Compact().Match(text) is { Success: true } compact)
        {
            return CalendarDates.Exact(Int(compact, "y"), Int(compact, "m"), Int(compact, "d"));
        }

        return MonthDayNumeric().Match(text) is { Success: true } monthDay
            ? CalendarDates.WithoutYear(Int(monthDay, "m"), Int(monthDay, "d"), today)
            : null;
    }

    internal static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static DeadlineReading ReadChinese(string normalized, DateOnly today)
    {
        var text = ChineseNumerals.ToArabic(AnswerText.RemoveWhitespace(normalized));

        // "12月31日前", "下月底之前": a deadline is met by the end of that day, so "before" adds nothing.
        if (By().Match(text) is { Success: true } by)
        {
            text = by.Groups["date"].Value;
        }

        return ReadNumeric(text, today) ?? ReadChineseForms(text, today) ?? DeadlineReading.Unreadable;
    }

    private static DeadlineReading? ReadChineseForms(string text, DateOnly today)
    {
        if (ChineseFull().Match(text) is { Success: true } full)
        {
            return CalendarDates.Exact(Int(full, "y"), Int(full, "m"), Int(full, "d"));
        }

        if (ChineseMonthDay().Match(text) is { Success: true } monthDay)
        {
            return CalendarDates.WithoutYear(Int(monthDay, "m"), Int(monthDay, "d"), today);
        }

        if (ChineseNamedMonthEnd().Match(text) is { Success: true } namedEnd)
        {
            return NamedMonthEnd(namedEnd, today);
        }

        switch (text)
        {
            case "今天" or "今日":
                return DeadlineReading.Of(today);
            case "明天" or "明日":
                return DeadlineReading.Of(today.AddDays(1));
            case "后天":
                return DeadlineReading.Of(today.AddDays(2));
            case "大后天":
                return DeadlineReading.Of(today.AddDays(3));
        }

        if (ThisMonthEnd().IsMatch(text))
        {
            return DeadlineReading.Of(CalendarDates.MonthEnd(today));
        }

        if (NextMonthEnd().IsMatch(text))
        {
            return DeadlineReading.Of(CalendarDates.MonthEnd(today.AddMonths(1)));
        }

        if (ThisYearEnd().IsMatch(text))
        {
            return DeadlineReading.Of(new DateOnly(today.Year, 12, 31));
        }

        if (NextYearEnd().IsMatch(text))
        {
            return DeadlineReading.Of(new DateOnly(today.Year + 1, 12, 31));
        }

        if (DayOfMonth().Match(text) is { Success: true } dayOfMonth)
        {
            var month = dayOfMonth.Groups["next"].Success ? today.AddMonths(1) : today;
            return CalendarDates.Exact(month.Year, month.Month, Int(dayOfMonth, "d"));
        }

        if (Weekday().Match(text) is { Success: true } weekday)
        {
            return DeadlineReading.Of(Weekday(weekday, today));
        }

        return Span().Match(text) is { Success: true } span
            ? DeadlineReading.Of(CalendarDates.After(today, Int(span, "n"), Unit(span.Groups["unit"].Value)))
            : null;
    }

    private static DeadlineReading NamedMonthEnd(Match match, DateOnly today)
    {
        var month = Int(match, "m");
        if (month is < 1 or > 12)
        {
            return DeadlineReading.Impossible;
        }

        var year = match.Groups["y"].Success ? Int(match, "y") : month >= today.Month ? today.Year : today.Year + 1;
        return year is >= 1 and <= 9999 ? DeadlineReading.Of(CalendarDates.MonthEnd(new DateOnly(year, month, 1))) : DeadlineReading.Impossible;
    }

    private static DateOnly Weekday(Match match, DateOnly today)
    {
        var day = match.Groups["day"].Value switch
        {
            "日" or "天" => DayOfWeek.Sunday,
            var digit => (DayOfWeek)(digit[0] - '0'),
        };
        return match.Groups["which"].Value switch
        {
            // "下周五": Friday of next week (weeks start on Monday), even when typed on a Monday.
            "下" or "下个" => CalendarDates.InWeek(CalendarDates.WeekStart(today).AddDays(7), day),

            // "本周五": this week's Friday, even if it is past (the rule then says so rather than moving it a week).
            "本" or "这" or "这个" => CalendarDates.InWeek(CalendarDates.WeekStart(today), day),
            _ => CalendarDates.Coming(today, day),
        };
    }

    private static SpanUnit Unit(string unit) => unit switch
    {
        "天" or "日" => SpanUnit.Day,
        "个月" => SpanUnit.Month,
        _ => SpanUnit.Week,
    };

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullNumeric();

    // Only 19xx/20xx, so an eight-digit number that is not a date ("12345678") is Unreadable, not Impossible.
    [GeneratedRegex(@"^(?<y>(?:19|20)[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})[-/](?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayNumeric();

    [GeneratedRegex(@"^(?<date>.+?)(?:之前|以前|前)$", RegexOptions.CultureInvariant)]
    private static partial Regex By();

    [GeneratedRegex(@"^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})[日号]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseFull();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})[日号]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseMonthDay();

    // "12月底", "2027年3月底": the last day of a named month.
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月[底末]$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseNamedMonthEnd();

    [GeneratedRegex(@"^(?:本|这个?|当)?月[底末]$", RegexOptions.CultureInvariant)]
    private static partial Regex ThisMonthEnd();

    [GeneratedRegex(@"^下个?月[底末]$", RegexOptions.CultureInvariant)]
    private static partial Regex NextMonthEnd();

    [GeneratedRegex(@"^(?:(?:今年|本年)年?|年)[底末]$", RegexOptions.CultureInvariant)]
    private static partial Regex ThisYearEnd();

    [GeneratedRegex(@"^明年年?[底末]$", RegexOptions.CultureInvariant)]
    private static partial Regex NextYearEnd();

    [GeneratedRegex(@"^(?:(?<next>下个?)|本|这个?)月(?<d>[0-9]{1,2})[日号]$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"^(?<which>本|这个?|下个?)?(?:周|星期|礼拜)(?<day>[1-6日天])$", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?<n>[0-9]{1,4})(?<unit>天|日|周|个?星期|个?礼拜|个月)(?:后|以后|之后|内|以内|之内)$", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
