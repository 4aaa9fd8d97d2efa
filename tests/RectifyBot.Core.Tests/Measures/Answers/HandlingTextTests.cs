using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class HandlingTextTests
{
    [Theory]
    [InlineData("立即整改", HandlingKind.FixNow)]
    [InlineData("马上改", HandlingKind.FixNow)]
    [InlineData("现在改！", HandlingKind.FixNow)]
    [InlineData("能改", HandlingKind.FixNow)]
    [InlineData("Fix now", HandlingKind.FixNow)]
    [InlineData("now", HandlingKind.FixNow)]
    [InlineData("1", HandlingKind.FixNow)]
    [InlineData("暂不具备条件", HandlingKind.CannotFixYet)]
    [InlineData("逐步解决", HandlingKind.CannotFixYet)]
    [InlineData("暂时改不了", HandlingKind.CannotFixYet)]
    [InlineData("以后", HandlingKind.CannotFixYet)]
    [InlineData("later", HandlingKind.CannotFixYet)]
    [InlineData("Cannot fix yet", HandlingKind.CannotFixYet)]
    [InlineData("can’t fix yet", HandlingKind.CannotFixYet)]
    [InlineData("step by step", HandlingKind.CannotFixYet)]
    [InlineData("2", HandlingKind.CannotFixYet)]
    public void Handling_is_read_by_name_or_number(string text, HandlingKind expected) =>
        Assert.Equal(expected, HandlingText.Read(text));

    [Theory]
    [InlineData(null)]
    [InlineData("3")]
    [InlineData("不能改")]
    [InlineData("不知道")]
    public void Anything_else_is_not_a_handling(string? text) =>
        Assert.Null(HandlingText.Read(text));
}
