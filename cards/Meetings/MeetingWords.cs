using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Meetings;

namespace RectifyBot.Cards.Meetings;

/// <summary>The words the meeting cards share: kind names, people with number and unit, problems.</summary>
public static class MeetingWords
{
    public static string Kind(UserLanguage language, MeetingKind kind) => CardText.Get(language, "MeetingKind_" + kind);

    /// <summary>A person as namesakes are told apart: name, number and unit (as plan drafting shows them).</summary>
    public static string PersonLabel(UserLanguage language, Core.Roster.Person person, Core.Roster.Roster roster) =>
        Plans.PlanDraftParts.PersonLabel(language, person, roster);

    public static string Name(string number, Core.Roster.Roster roster) => roster.Person(number)?.Name ?? number;

    public static string Problem(UserLanguage language, MeetingProblem problem, Core.Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var text = CardText.Format(language, "MeetingProblem_" + problem.Kind, problem.Text ?? "");
        if (problem.Candidates.Count == 0)
        {
            return text;
        }

        var separator = language == UserLanguage.En ? "; " : "；";
        return text + " " + string.Join(separator, problem.Candidates.Select(p => PersonLabel(language, p, roster)));
    }
}
