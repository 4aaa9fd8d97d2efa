using System.Globalization;

namespace RectifyBot.Core.Localization;

public static class UserLanguages
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>English only when the client says so; everything else (including no locale) is Chinese.</summary>
    public static UserLanguage FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? UserLanguage.En
            : UserLanguage.ZhCn;

    public static CultureInfo Culture(this UserLanguage language) =>
        language == UserLanguage.En ? English : Chinese;
}
