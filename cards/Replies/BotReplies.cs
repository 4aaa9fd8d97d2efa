using RectifyBot.Core.Localization;
using RectifyBot.Cards.Localization;

namespace RectifyBot.Cards.Replies;

/// <summary>Plain-text bot answers. They live with the cards because all user-facing text lives here.</summary>
public static class BotReplies
{
    /// <summary>A short answer that points to "帮助" / "help".</summary>
    public static string NotUnderstood(UserLanguage language) => CardText.Get(language, "Reply_NotUnderstood");

    /// <summary>Our fault, nothing lost, what to do; never technical detail.</summary>
    public static string SomethingWentWrong(UserLanguage language) => CardText.Get(language, "Reply_SomethingWentWrong");

    /// <summary>For a Teams user the roster does not know: who to contact, and that nothing is wrong with them.</summary>
    public static string NotInRoster(UserLanguage language) => CardText.Get(language, "Reply_NotInRoster");
}
