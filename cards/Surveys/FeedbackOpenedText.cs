using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>What the publisher of a plan version or status report is told about who was asked for feedback.</summary>
public static class FeedbackOpenedText
{
    /// <summary>In the publish turn: who got a card, who gets a one-time link (handed over in the same answer).</summary>
    public static string Asked(UserLanguage language, FeedbackOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        return opening.Links.Count == 0
            ? CardText.Format(language, "FeedbackOpened_TeamsOnly", SurveyWords.Count(opening.InTeams))
            : CardText.Format(language, "FeedbackOpened", SurveyWords.Count(opening.InTeams), SurveyWords.Count(opening.Links.Count), opening.SurveyId);
    }

    /// <summary>
    /// When the daily run opened the window because the publish turn ended before anyone was asked: the links were
    /// printed for nobody, so the publisher is told the command that prints them.
    /// </summary>
    public static string OpenedLate(UserLanguage language, Survey survey, FeedbackOpening opening)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(opening);
        var asked = opening.Links.Count == 0
            ? Asked(language, opening)
            : CardText.Format(language, "FeedbackOpenedLate_Links", SurveyWords.Count(opening.InTeams), SurveyWords.Count(opening.Links.Count), opening.SurveyId);
        return CardText.Format(language, "FeedbackOpenedLate", SurveyWords.Title(language, survey), SurveyWords.Window(language, survey.Window)) + "\n\n" + asked;
    }
}
