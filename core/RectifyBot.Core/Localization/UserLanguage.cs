namespace RectifyBot.Core.Localization;

/// <summary>The languages RectifyBot speaks: Chinese first, English second.</summary>
public enum UserLanguage
{
    ZhCn,
    En,
}
