using RectifyBot.Cards.Commands;

namespace RectifyBot.Cards.Tests;

public sealed class KnownCommandsTests
{
    [Theory]
    [InlineData("帮助", "help")]
    [InlineData(" 帮助！", "help")]
    [InlineData("HELP", "help")]
    [InlineData("ｈｅｌｐ", "help")]
    [InlineData("你好", "greeting")]
    [InlineData("您好。", "greeting")]
    [InlineData("hi!", "greeting")]
    [InlineData("Hello", "greeting")]
    public void A_command_word_is_understood_in_either_language(string text, string verb) =>
        Assert.Equal(verb, KnownCommands.Match(text)?.Verb);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("我想提交整改措施")]
    [InlineData("help me")]
    public void Anything_else_is_no_command(string? text) =>
        Assert.Null(KnownCommands.Match(text));

    [Fact]
    public void Every_command_has_words_in_both_languages_and_a_unique_verb()
    {
        Assert.All(KnownCommands.All, c => Assert.NotEmpty(c.ChineseWords));
        Assert.All(KnownCommands.All, c => Assert.NotEmpty(c.EnglishWords));
        Assert.Equal(KnownCommands.All.Count, KnownCommands.All.Select(c => c.Verb).Distinct(StringComparer.Ordinal).Count());
    }
}
