using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Measures;

/// <summary>Which areas a person may pick: leading cadres (领导干部) also have the three leadership areas.</summary>
public static class ProblemAreas
{
    private static readonly ProblemArea[] Everyone = [ProblemArea.Thought, ProblemArea.Work, ProblemArea.Style, ProblemArea.Discipline];

    private static readonly ProblemArea[] LeadingCadres = Enum.GetValues<ProblemArea>();

    /// <summary>
    /// A leading cadre sits on a leadership team: the university's, a committee's or general branch's (principal leader
    /// or team member), or holds a department's or affiliated unit's post (党政领导班子 includes the administrative leaders).
    /// </summary>
    public static bool IsLeadingCadre(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Post is not null
            || person.Holds(Position.UniversityPrincipalLeader)
            || person.Holds(Position.UniversityLeadershipMember)
            || person.Holds(Position.PrincipalLeader)
            || person.Holds(Position.LeadershipTeamMember);
    }

    public static IReadOnlyList<ProblemArea> For(Person person) => IsLeadingCadre(person) ? LeadingCadres : Everyone;
}
