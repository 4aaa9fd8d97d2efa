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

    /// <summary>
    /// Who runs this survey (progress, reminders, the links sheet): its unit's organisers; for a plan's or status
    /// report's feedback window also whoever published it (any of the unit's leaders may), whom the publish reply
    /// sends to "测评链接".
    /// </summary>
    public static bool CanOrganise(Person person, Survey survey)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(survey);
        return CanOrganise(person, survey.UnitCode)
            || (survey.Subject is not null && person.Active && string.Equals(person.Number, survey.CreatedByNumber, StringComparison.Ordinal));
    }
}
