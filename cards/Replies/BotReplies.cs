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

    /// <summary>Someone outside the campaign office sent a roster file.</summary>
    public static string RosterImportNotAllowed(UserLanguage language) => CardText.Get(language, "Reply_RosterImport_NotAllowed");

    /// <summary>Another import became current while this one was saved: nothing changed, send again.</summary>
    public static string RosterImportConflict(UserLanguage language) => CardText.Get(language, "Reply_RosterImport_Conflict");

    /// <summary>The file could not be fetched from Teams.</summary>
    public static string RosterImportDownloadFailed(UserLanguage language) => CardText.Get(language, "Reply_RosterImport_DownloadFailed");

    /// <summary>"名册模板" / "roster template": the columns, and where administrators download the .xlsx.</summary>
    public static string RosterTemplate(UserLanguage language) => CardText.Get(language, "Reply_RosterTemplate");

    /// <summary>Said with a list of problems: nothing in the roster changed; fix and send the whole file again.</summary>
    public static string RosterImportNothingChanged(UserLanguage language) => CardText.Get(language, "RosterImportErrorsCard_Intro");
}
