using RectifyBot.Core.Localization;

namespace RectifyBot.Core.Tests.Localization;

public class UserLanguagesTests
{
    [Theory]
    [InlineData(null, UserLanguage.ZhCn)]
    [InlineData("", UserLanguage.ZhCn)]
    [InlineData("zh-CN", UserLanguage.ZhCn)]
    [InlineData("zh-cn", UserLanguage.ZhCn)]
    [InlineData("fr-FR", UserLanguage.ZhCn)]
    [InlineData("en-US", UserLanguage.En)]
    [InlineData("en-GB", UserLanguage.En)]
    [InlineData("EN", UserLanguage.En)]
    public void Chinese_is_the_default_and_English_only_when_the_locale_says_so(string? locale, UserLanguage expected)
    {
        Assert.Equal(expected, UserLanguages.FromLocale(locale));
    }
}
