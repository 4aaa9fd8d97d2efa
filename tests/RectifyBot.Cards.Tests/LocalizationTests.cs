using System.Xml.Linq;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;
using RectifyBot.Testing;

namespace RectifyBot.Cards.Tests;

public sealed class LocalizationTests
{
    private static Dictionary<string, string> ReadResx(string file) =>
        XDocument.Load(RepositoryRoot.Combine("cards", "Localization", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [Fact]
    public void Every_Chinese_string_has_an_English_translation_and_none_is_empty()
    {
        var chinese = ReadResx("Strings.resx");
        var english = ReadResx("Strings.en.resx");

        Assert.Equal(chinese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(chinese.Concat(english), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key + " is empty"));
        Assert.All(chinese, kv => Assert.True(TextHelpers.ChineseCount(kv.Value) > 0, $"{kv.Key} is not Chinese: {kv.Value}"));
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "帮助")]
    [InlineData(UserLanguage.En, "Help")]
    public void Card_text_comes_in_the_users_language(UserLanguage language, string expected) =>
        Assert.Equal(expected, CardText.Get(language, "Welcome_HelpButton"));

    [Fact]
    public void A_missing_key_is_an_error_not_a_raw_key_shown_to_users() =>
        Assert.Throws<KeyNotFoundException>(() => CardText.Get(UserLanguage.ZhCn, "No_Such_Key"));

    [Fact]
    public void Not_understood_points_to_help_in_both_languages()
    {
        Assert.Contains("“帮助”", BotReplies.NotUnderstood(UserLanguage.ZhCn), StringComparison.Ordinal);
        var english = BotReplies.NotUnderstood(UserLanguage.En);
        Assert.Contains("\"help\"", english, StringComparison.Ordinal);
        Assert.Contains("帮助", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "我们这边", "没有丢失", "一分钟", "校先进办")]
    [InlineData(UserLanguage.En, "on our side", "Nothing you entered has been lost", "try again in a minute", "校先进办")]
    public void Something_went_wrong_says_it_is_our_fault_nothing_is_lost_and_what_to_do(UserLanguage language, params string[] parts)
    {
        var reply = BotReplies.SomethingWentWrong(language);

        Assert.All(parts, p => Assert.Contains(p, reply, StringComparison.Ordinal));
        Assert.DoesNotContain("exception", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("error", reply, StringComparison.OrdinalIgnoreCase);
    }
}
