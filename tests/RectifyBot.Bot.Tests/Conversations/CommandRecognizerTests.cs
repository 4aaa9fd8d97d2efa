using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;

namespace RectifyBot.Bot.Tests.Conversations;

public class CommandRecognizerTests
{
    [Theory]
    [InlineData("帮助", "help")]
    [InlineData("Help", "help")]
    [InlineData("ｈｅｌｐ", "help")]
    [InlineData("帮助。", "help")]
    [InlineData("<at>RectifyBot</at>　帮助", "help")]
    [InlineData("<AT>Rectify Bot</AT> help!", "help")]
    [InlineData("Hi", "greeting")]
    [InlineData("你好！", "greeting")]
    [InlineData("帮助我写整改措施", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void Typed_words_are_understood_whatever_their_width_case_or_mention(string text, string? expectedVerb)
    {
        Assert.Equal(expectedVerb, CommandRecognizer.Recognize(text, cardVerb: null)?.Verb);
    }

    [Fact]
    public void A_card_verb_wins_over_the_text()
    {
        Assert.Same(KnownCommands.Help, CommandRecognizer.Recognize("something else", cardVerb: "help"));
    }

    [Fact]
    public void An_unknown_card_verb_is_no_command()
    {
        Assert.Null(CommandRecognizer.Recognize("帮助", cardVerb: "delete-everything"));
    }
}
