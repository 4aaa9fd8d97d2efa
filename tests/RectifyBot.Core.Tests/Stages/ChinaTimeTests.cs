using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Tests.Stages;

public sealed class ChinaTimeTests
{
    [Fact]
    public void At_15_59_utc_it_is_still_the_same_day_in_china()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 15, 59, 59, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 20), ChinaTime.Today(time));
    }

    [Fact]
    public void At_16_00_utc_the_next_day_has_begun_in_china()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 15, 59, 59, TimeSpan.Zero));

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new DateOnly(2026, 3, 21), ChinaTime.Today(time));
    }

    [Fact]
    public void A_china_day_starts_at_16_00_utc_the_day_before()
    {
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero), ChinaTime.StartOfDayUtc(new DateOnly(2026, 3, 1)));
        Assert.Equal(TimeSpan.Zero, ChinaTime.StartOfDayUtc(new DateOnly(2026, 3, 1)).Offset);
    }

    [Fact]
    public void A_china_day_ends_where_the_next_one_starts()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), ChinaTime.EndOfDayUtc(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void An_instant_is_shown_in_china_time_with_an_offset_of_eight_hours()
    {
        var shown = ChinaTime.ToChinaTime(new DateTimeOffset(2026, 7, 1, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal((new DateTime(2026, 7, 2, 0, 30, 0), TimeSpan.FromHours(8)), (shown.DateTime, shown.Offset));
        Assert.Equal(new DateOnly(2026, 7, 2), ChinaTime.DateOf(new DateTimeOffset(2026, 7, 1, 16, 30, 0, TimeSpan.Zero)));
    }
}
