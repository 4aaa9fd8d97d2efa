using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("十二月三十一日", "12月31日")]
    [InlineData("二〇二六年", "2026年")]
    [InlineData("二零二六年", "2026年")]
    [InlineData("十天", "10天")]
    [InlineData("二十日", "20日")]
    [InlineData("两周", "2周")]
    [InlineData("下周五", "下周5")]
    [InlineData("三一", "三一")]
    [InlineData("十十", "十十")]
    [InlineData("一百", "1百")]
    public void Numerals_in_dates_and_spans_become_digits_and_others_are_left_alone(string text, string expected) =>
        Assert.Equal(expected, ChineseNumerals.ToArabic(text));
}
