using System.Resources;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Localization;

/// <summary>
/// Every user-facing string, from Strings.resx (zh-CN, the neutral language) and Strings.en.resx.
/// </summary>
public static class CardText
{
    private static readonly ResourceManager Resources =
        new("RectifyBot.Cards.Localization.Strings", typeof(CardText).Assembly);

    /// <exception cref="KeyNotFoundException">The key is missing: a bug, never shown to a user as a raw key.</exception>
    public static string Get(UserLanguage language, string key) =>
        Resources.GetString(key, language.Culture())
        ?? throw new KeyNotFoundException($"No card text '{key}' for {language}.");

    public static string Format(UserLanguage language, string key, params object[] args) =>
        string.Format(language.Culture(), Get(language, key), args);
}
