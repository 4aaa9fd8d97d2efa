using RectifyBot.Teams.Delivery;

namespace RectifyBot.Teams.Tests.Delivery;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 30 ", 30)]
    [InlineData("0", 0)]
    [InlineData("120", 120)]
    public void Delta_seconds_are_read_as_a_wait(string value, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHeader.Parse(value, Now));

    [Fact]
    public void An_http_date_is_read_as_the_wait_until_then() =>
        Assert.Equal(TimeSpan.FromSeconds(45), RetryAfterHeader.Parse("Sat, 01 Mar 2025 08:00:45 GMT", Now));

    [Fact]
    public void An_http_date_in_the_past_means_no_wait() =>
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Parse("Sat, 01 Mar 2025 07:59:00 GMT", Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void A_missing_or_unreadable_value_gives_no_wait(string? value) =>
        Assert.Null(RetryAfterHeader.Parse(value, Now));

    [Fact]
    public void The_header_is_found_whatever_the_case_of_its_name()
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal) { ["retry-after"] = ["7"] };

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Parse(headers, Now));
    }

    [Fact]
    public void Headers_without_retry_after_give_no_wait() =>
        Assert.Null(RetryAfterHeader.Parse(new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal) { ["Date"] = ["x"] }, Now));
}
