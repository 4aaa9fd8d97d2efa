using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;

namespace RectifyBot.Cards.Reviews;

/// <summary>
/// Plain messages about a submission's route (DOMAIN.md §1: "open items are re-routed and both sides are told"): the
/// author when the office forwards or assigns, and author, old and new reviewer when a roster change re-routes. People
/// are named with their number, since namesakes are common.
/// </summary>
public static class ReviewNotices
{
    /// <summary>To the author: the office forwarded the version to a school leader.</summary>
    public static string Forwarded(UserLanguage language, int version, Person reviewer) =>
        CardText.Format(language, "Review_Notice_Forwarded", version, Named(language, reviewer));

    /// <summary>To the author: the reviewer was missing and the office assigned one.</summary>
    public static string Assigned(UserLanguage language, int version, Person reviewer) =>
        CardText.Format(language, "Review_Notice_Assigned", version, Named(language, reviewer));

    /// <summary>To the author: a roster change re-routed the version to <paramref name="newReviewer"/>, or (null) to the office.</summary>
    public static string ReroutedForAuthor(UserLanguage language, int version, Person? newReviewer) => newReviewer is null
        ? CardText.Format(language, "Review_Notice_ReroutedAuthorToOffice", version)
        : CardText.Format(language, "Review_Notice_ReroutedAuthor", version, Named(language, newReviewer));

    /// <summary>To the reviewer the roster change removed: someone else (or the office) has the author's measures now.</summary>
    public static string ReroutedForOldReviewer(UserLanguage language, Person author, Person? newReviewer) => newReviewer is null
        ? CardText.Format(language, "Review_Notice_ReroutedOldToOffice", Named(language, author))
        : CardText.Format(language, "Review_Notice_ReroutedOld", Named(language, author), Named(language, newReviewer));

    /// <summary>To the reviewer the roster change brought in (their review card follows).</summary>
    public static string ReroutedForNewReviewer(UserLanguage language, Person author) =>
        CardText.Format(language, "Review_Notice_ReroutedNew", Named(language, author));

    private static string Named(UserLanguage language, Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return ReviewWords.NameAndNumber(language, person);
    }
}
