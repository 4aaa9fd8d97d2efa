using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys;

/// <summary>Who runs a unit's survey: its Party organisation (principal leader or branch secretary of the unit); the office oversees them all.</summary>
public static class SurveyOrganisers
{
    public static bool CanOrganise(Person person, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Active
            && (AccessPolicy.IsOffice(person) || person.Holds(Position.PrincipalLeader, unitCode) || person.Holds(Position.BranchSecretary, unitCode));
    }

    /// <summary>Who prints a survey's one-time links: its organisers, and for a plan's or status report's window whoever published it.</summary>
    public static bool CanHandOutLinks(Person person, Survey survey)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(survey);
        return CanOrganise(person, survey.UnitCode)
            || (person.Active && survey.Subject is not null && string.Equals(survey.CreatedByNumber, person.Number, StringComparison.Ordinal));
    }
}
