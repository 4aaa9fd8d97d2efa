using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys;

/// <summary>Who sees a survey's results (the office, the unit's leaders, its organisers) and who is told what at close.</summary>
public static class SurveyViewers
{
    public static bool CanSeeResults(Person viewer, Survey survey, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return CanSeeUnit(viewer, survey.UnitCode, roster);
    }

    /// <summary>Whether the viewer may see the results of the unit's surveys (and read its suggestion box).</summary>
    public static bool CanSeeUnit(Person viewer, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return SurveyOrganisers.CanOrganise(viewer, unitCode) || AccessPolicy.IsUnitLeader(viewer, unitCode, roster);
    }

    /// <summary>The unit's leadership team (principal leader and members; the branch committee for a branch).</summary>
    public static IReadOnlyList<Person> Leaders(string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.ActivePeople.Where(p => AccessPolicy.IsUnitLeader(p, unitCode, roster)).OrderBy(p => p.Number, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<Person> Office(Roster.Roster roster) => Plans.PlanLeaders.Office(roster);

    /// <summary>
    /// The surveyed scope results are published to: the active people of the unit and the units under it (by Party
    /// organisation or post) — those the sample was drawn from — and its leaders.
    /// </summary>
    public static IReadOnlyList<Person> Scope(string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var scope = roster.SelfAndDescendants(unitCode).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        return [.. roster.ActivePeople
            .Where(p => (p.PartyUnitCode is { } party && scope.Contains(party)) || (p.Post is { } post && scope.Contains(post.UnitCode)))
            .Concat(Leaders(unitCode, roster))
            .DistinctBy(p => p.Number)
            .OrderBy(p => p.Number, StringComparer.Ordinal)];
    }
}
