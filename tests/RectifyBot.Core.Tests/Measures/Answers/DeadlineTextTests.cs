using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class DeadlineTextTests
{
    // A Saturday in China.
    private const string Saturday = "2026-11-28";

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("2026/12/31")]
    [InlineData("2026.12.31")]
    [InlineData("20261231")]
    [InlineData("２０２６－１２－３１")]
    [InlineData("２０２６／１２／３１")]
    [InlineData("2026-12-31 ")]
    [InlineData("  2026-12-31。")]
    [InlineData("2026年12月31日")]
    [InlineData("2026年12月31号")]
    [InlineData("2026 年 12 月 31 日")]
    [InlineData("2026年12月31日！")]
    [InlineData("2026年12月31日前")]
    [InlineData("2026年12月31日之前")]
    [InlineData("12月31日")]
    [InlineData("12月31号")]
    [InlineData("12月31")]
    [InlineData("12-31")]
    [InlineData("12/31")]
    [InlineData("十二月三十一日")]
    [InlineData("十二月三十一号")]
    [InlineData("二〇二六年十二月三十一日")]
    [InlineData("二零二六年十二月三十一日")]
    [InlineData("12月底")]
    [InlineData("Dec 31")]
    [InlineData("dec 31st")]
    [InlineData("December 31, 2026")]
    [InlineData("December 31 2026")]
    [InlineData("31 Dec 2026")]
    [InlineData("31 December")]
    [InlineData("by Dec 31")]
    public void New_years_eve_is_read_in_every_form(string text) =>
        Assert.Equal(D("2026-12-31"), DeadlineText.Read(text, D(Saturday)).Date);

    [Theory]
    [InlineData("12月31日", Saturday, "2026-12-31")]
    [InlineData("1月15日", Saturday, "2027-01-15")]
    [InlineData("1-15", Saturday, "2027-01-15")]
    [InlineData("Jan 15", Saturday, "2027-01-15")]
    [InlineData("一月十五日", Saturday, "2027-01-15")]
    [InlineData("11月28日", Saturday, "2026-11-28")]
    [InlineData("11月27日", Saturday, "2027-11-27")]
    [InlineData("3月底", Saturday, "2027-03-31")]
    [InlineData("2月29日", "2027-11-28", "2028-02-29")]
    public void A_date_without_a_year_is_the_next_one_from_today_on(string text, string today, string expected) =>
        Assert.Equal(D(expected), DeadlineText.Read(text, D(today)).Date);

    [Theory]
    [InlineData("今天", Saturday, "2026-11-28")]
    [InlineData("today", Saturday, "2026-11-28")]
    [InlineData("明天", Saturday, "2026-11-29")]
    [InlineData("tomorrow", Saturday, "2026-11-29")]
    [InlineData("后天", Saturday, "2026-11-30")]
    [InlineData("下周五", Saturday, "2026-12-04")]
    [InlineData("下周五", "2026-11-25", "2026-12-04")]
    [InlineData("下周五", "2026-11-23", "2026-12-04")]
    [InlineData("next Friday", Saturday, "2026-12-04")]
    [InlineData("下星期一", Saturday, "2026-11-30")]
    [InlineData("下礼拜三", Saturday, "2026-12-02")]
    [InlineData("下个礼拜三", Saturday, "2026-12-02")]
    [InlineData("下周日", Saturday, "2026-12-06")]
    [InlineData("下周天", Saturday, "2026-12-06")]
    [InlineData("本周五", "2026-11-25", "2026-11-27")]
    [InlineData("这周五", "2026-11-25", "2026-11-27")]
    [InlineData("本周五", Saturday, "2026-11-27")]
    [InlineData("这周日", Saturday, "2026-11-29")]
    [InlineData("周五", Saturday, "2026-12-04")]
    [InlineData("周五", "2026-11-27", "2026-11-27")]
    [InlineData("Friday", Saturday, "2026-12-04")]
    [InlineData("月底", Saturday, "2026-11-30")]
    [InlineData("本月底", Saturday, "2026-11-30")]
    [InlineData("这个月底", Saturday, "2026-11-30")]
    [InlineData("end of month", Saturday, "2026-11-30")]
    [InlineData("下月底", Saturday, "2026-12-31")]
    [InlineData("下个月底", Saturday, "2026-12-31")]
    [InlineData("下月底前", Saturday, "2026-12-31")]
    [InlineData("end of next month", Saturday, "2026-12-31")]
    [InlineData("下月底", "2027-01-31", "2027-02-28")]
    [InlineData("下月底", "2027-12-15", "2028-01-31")]
    [InlineData("年底", Saturday, "2026-12-31")]
    [InlineData("今年年底", Saturday, "2026-12-31")]
    [InlineData("年末", Saturday, "2026-12-31")]
    [InlineData("end of year", Saturday, "2026-12-31")]
    [InlineData("明年年底", Saturday, "2027-12-31")]
    [InlineData("下月15日", Saturday, "2026-12-15")]
    [InlineData("下个月15号", Saturday, "2026-12-15")]
    [InlineData("下月十五号", Saturday, "2026-12-15")]
    [InlineData("3天后", Saturday, "2026-12-01")]
    [InlineData("三天后", Saturday, "2026-12-01")]
    [InlineData("10天内", Saturday, "2026-12-08")]
    [InlineData("十天以内", Saturday, "2026-12-08")]
    [InlineData("in 3 days", Saturday, "2026-12-01")]
    [InlineData("2周后", Saturday, "2026-12-12")]
    [InlineData("两周内", Saturday, "2026-12-12")]
    [InlineData("两个星期后", Saturday, "2026-12-12")]
    [InlineData("in 2 weeks", Saturday, "2026-12-12")]
    [InlineData("1个月后", Saturday, "2026-12-28")]
    [InlineData("一个月内", Saturday, "2026-12-28")]
    [InlineData("in 1 month", Saturday, "2026-12-28")]
    [InlineData("in a month", Saturday, "2026-12-28")]
    [InlineData("一个月内", "2027-01-31", "2027-02-28")]
    public void Relative_dates_count_from_today_in_china(string text, string today, string expected) =>
        Assert.Equal(D(expected), DeadlineText.Read(text, D(today)).Date);

    [Theory]
    [InlineData("2028-02-29", "2028-02-29")]
    [InlineData("2028年2月29日", "2028-02-29")]
    [InlineData("Feb 29, 2028", "2028-02-29")]
    public void The_leap_day_of_a_leap_year_is_a_date(string text, string expected)
    {
        var reading = DeadlineText.Read(text, D(Saturday));

        Assert.True(reading.IsRead);
        Assert.Null(reading.Problem);
        Assert.Equal(D(expected), reading.Date);
    }

    [Theory]
    [InlineData("2月30日", Saturday)]
    [InlineData("二月三十日", Saturday)]
    [InlineData("2027-02-29", Saturday)]
    [InlineData("2027年2月29日", Saturday)]
    [InlineData("20270229", Saturday)]
    [InlineData("Feb 29, 2027", Saturday)]
    [InlineData("2月29日", Saturday)]
    [InlineData("2026-13-01", Saturday)]
    [InlineData("2026-00-10", Saturday)]
    [InlineData("2026-04-31", Saturday)]
    [InlineData("12月32日", Saturday)]
    [InlineData("13月1日", Saturday)]
    [InlineData("13-01", Saturday)]
    [InlineData("Nov 31", Saturday)]
    [InlineData("下月31日", "2027-01-10")]
    public void A_date_that_does_not_exist_is_impossible_not_unreadable(string text, string today)
    {
        var reading = DeadlineText.Read(text, D(today));

        Assert.False(reading.IsRead);
        Assert.Equal(DeadlineTextProblem.Impossible, reading.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("尽快")]
    [InlineData("我想12月31日完成")]
    [InlineData("12月31日完成")]
    [InlineData("12345678")]
    [InlineData("2026-12")]
    [InlineData("2026-12/31")]
    [InlineData("3天前")]
    [InlineData("3月后")]
    [InlineData("周八")]
    [InlineData("next")]
    [InlineData("soon")]
    [InlineData("12月31日?")]
    [InlineData("三一")]
    public void Anything_more_or_less_than_a_date_is_unreadable(string? text)
    {
        var reading = DeadlineText.Read(text, D(Saturday));

        Assert.Null(reading.Date);
        Assert.Equal(DeadlineTextProblem.Unreadable, reading.Problem);
    }
}
