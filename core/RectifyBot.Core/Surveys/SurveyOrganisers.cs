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
}
