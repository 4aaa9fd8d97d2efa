using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Core.Tests.Roster.Import;

public sealed class RosterTextTests
{
    [Theory]
    [InlineData("Ｕ０１１", "U011")]
    [InlineData(" U 011　", "U011")]
    [InlineData("ａｂｃ＠ＥＸＡＭＰＬＥ．ｃｎ", "abc@EXAMPLE.cn")]
    public void Codes_become_half_width_without_spaces(string cell, string expected) =>
        Assert.Equal(expected, RosterText.Code(cell));

    [Theory]
    [InlineData("　张　　三 ", "张 三")]
    [InlineData("欧阳娜娜", "欧阳娜娜")]
    public void Names_are_trimmed_and_spaces_collapsed_including_the_ideographic_space(string cell, string expected) =>
        Assert.Equal(expected, RosterText.Name(cell));

    [Theory]
    [InlineData("2.02103E+11", NumberProblem.ScientificNotation)]
    [InlineData("2.021030100E+11", NumberProblem.ScientificNotation)]
    [InlineData("２．０２E＋１１", NumberProblem.ScientificNotation)]
    [InlineData("202103010001", NumberProblem.None)]
    [InlineData("202103010001.00", NumberProblem.None)]
    [InlineData("T2021\"01", NumberProblem.Invalid)]
    public void Numbers_in_scientific_notation_are_flagged_as_lossy(string cell, NumberProblem problem) =>
        Assert.Equal(problem, RosterText.Number(cell).Problem);

    [Fact]
    public void A_whole_number_with_zero_decimals_keeps_only_its_digits() =>
        Assert.Equal("202103010001", RosterText.Number("202103010001.0").Value);

    [Theory]
    [InlineData("12345", 8, "00012345")]
    [InlineData("123456789", 8, "123456789")]
    [InlineData("T123", 8, "T123")]
    public void Padding_restores_zeros_only_for_short_all_digit_numbers(string number, int length, string expected) =>
        Assert.Equal(expected, RosterText.PadDigits(number, length));

    [Fact]
    public void List_cells_split_on_chinese_and_western_separators() =>
        Assert.Equal(["支部书记", "支部委员", "U1", "U2"], RosterText.List("支部书记、支部委员；U1，U2"));
}
