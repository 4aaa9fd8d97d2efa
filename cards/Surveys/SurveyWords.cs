using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Cards.Surveys;

/// <summary>The words of surveys in the user's language: choices, categories, statuses, the window in CST days.</summary>
public static class SurveyWords
{
    public static string Choice(UserLanguage language, SatisfactionChoice choice) => CardText.Get(language, "Survey_Choice_" + choice);

    public static string Category(UserLanguage language, ParticipantCategory category) => CardText.Get(language, "SurveyCategory_" + category);

    public static string Status(UserLanguage language, SurveyStatus status) => CardText.Get(language, "SurveyStatus_" + status);

    /// <summary>"答题时间：2026-12-01 至 2026-12-07（北京时间）" (the web form's wording).</summary>
    public static string Window(UserLanguage language, SurveyWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return CardText.Format(language, "Survey_Window", Iso(window.FirstChinaDay), Iso(window.LastChinaDay));
    }

    /// <summary>
    /// The resource key of a survey's wording: a plan's or status report's feedback window asks about what was
    /// published ("{key}_Plan", "{key}_StatusReport"), a satisfaction survey about the unit's work (the key itself).
    /// </summary>
    public static string KeyFor(string key, Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.Subject is { } subject ? key + "_" + subject.Kind : key;
    }

    /// <summary>The survey's title: "群众满意度测评：{unit}", or what a feedback window is about ("整改方案公示：{unit}（第n版）").</summary>
    public static string Title(UserLanguage language, Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return CardText.Format(language, KeyFor("SurveyCard_Title", survey), survey.UnitName, survey.Subject?.Number ?? 0);
    }

    /// <summary>A count with group separators: "1,200".</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
