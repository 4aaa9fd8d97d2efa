using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Cards.Tests.Rendering;
using RectifyBot.Cards.Welcome;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Tests;

public sealed class WelcomeCardTests
{
    [Fact]
    public void In_Chinese_the_welcome_card_speaks_Chinese_and_names_the_campaign_work()
    {
        var texts = TextHelpers.VisibleTexts(WelcomeCard.Build(UserLanguage.ZhCn).ToJsonNode());
        var all = string.Concat(texts);

        Assert.All(texts.Where(t => !KnownCommands.All.Any(c => t.Contains(c.EnglishWords[0], StringComparison.Ordinal))),
            t => Assert.True(TextHelpers.ChineseCount(t) > 0, $"'{t}' has no Chinese"));
        foreach (var term in new[] { "整改措施", "审核", "整改方案", "整改台帐", "提醒", "群众满意度测评", "校先进办" })
        {
            Assert.Contains(term, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void In_English_the_welcome_card_speaks_English_with_the_Chinese_terms_in_brackets()
    {
        var texts = TextHelpers.VisibleTexts(WelcomeCard.Build(UserLanguage.En).ToJsonNode());
        var all = string.Concat(texts);

        Assert.Contains("rectification measures (整改措施)", all, StringComparison.Ordinal);
        Assert.Contains("reviewer", all, StringComparison.Ordinal);
        Assert.True(all.Count(char.IsAsciiLetter) > 5 * TextHelpers.ChineseCount(all), "the English card is mostly Chinese: " + all);
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "帮助 / help")]
    [InlineData(UserLanguage.En, "help / 帮助")]
    public void The_welcome_card_lists_every_known_command_in_the_users_language_first(UserLanguage language, string helpTitle)
    {
        var texts = TextHelpers.VisibleTexts(WelcomeCard.Build(language).ToJsonNode());

        Assert.Contains(helpTitle, texts);
        foreach (var word in KnownCommands.All.SelectMany(c => c.ChineseWords.Concat(c.EnglishWords)))
        {
            Assert.Contains(texts, t => t.Contains(word, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn)]
    [InlineData(UserLanguage.En)]
    public void Every_Execute_on_the_welcome_card_falls_back_to_a_Submit_with_the_same_data(UserLanguage language)
    {
        var card = WelcomeCard.Build(language);

        var help = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions));
        Assert.Equal(KnownCommands.Help.Verb, help.Verb);
        Assert.Empty(CardRules.Problems(card.ToJsonNode()));
    }

    [Fact]
    public void The_welcome_card_is_schema_1_5_and_full_width_in_Teams()
    {
        var json = WelcomeCard.Build(UserLanguage.ZhCn).ToJsonNode();

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("Full", (string?)json["msteams"]?["width"]);
    }

    [Theory]
    [InlineData("welcome.realistic.zh-CN", "帮助")]
    [InlineData("welcome.realistic.en-US", "Help")]
    public async Task The_help_button_shows_on_Teams_desktop_and_on_mobile_through_its_fallback(string card, string title)
    {
        var result = await CardsUnderTest.RenderAsync(card);

        Assert.Equal([title], result.Desktop.Buttons);
        Assert.Equal([title], result.Mobile.Buttons);
    }
}
