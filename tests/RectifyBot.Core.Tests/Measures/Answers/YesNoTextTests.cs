using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class YesNoTextTests
{
    [Theory]
    [InlineData("是", true)]
    [InlineData("好", true)]
    [InlineData("好的。", true)]
    [InlineData("对", true)]
    [InlineData("确认", true)]
    [InlineData("可以", true)]
    [InlineData("嗯", true)]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("OK!", true)]
    [InlineData("否", false)]
    [InlineData("不", false)]
    [InlineData("不用", false)]
    [InlineData("没有", false)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    public void Plain_yes_and_no_are_read(string text, bool expected) =>
        Assert.Equal(expected, YesNoText.Read(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("也许")]
    [InlineData("是不是")]
    [InlineData("maybe")]
    public void Anything_else_is_neither(string? text) =>
        Assert.Null(YesNoText.Read(text));
}
