using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans;

/// <summary>Who a publication's scope reaches: active people of the unit and the units under it (by Party unit or post).</summary>
public static class PlanAudience
{
    public static IReadOnlyList<Person> For(PlanScope scope, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var under = roster.SelfAndDescendants(unitCode).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        return [.. roster.ActivePeople
            .Where(p => IsUnder(p, under))
            .Where(p => scope switch
            {
                PlanScope.Members => p.IsMember,
                PlanScope.Staff => p.StudentLevel is null,
                _ => true,
            })
            .OrderBy(p => p.Number, StringComparer.Ordinal)];
    }

    /// <summary>Whether the person belongs to the unit or a unit under it (their Party organisation or their post).</summary>
    public static bool IsInUnit(Person person, string unitCode, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(roster);
        return person.Active && IsUnder(person, roster.SelfAndDescendants(unitCode).Select(u => u.Code).ToHashSet(StringComparer.Ordinal));
    }

    private static bool IsUnder(Person person, HashSet<string> units) =>
        (person.PartyUnitCode is { } party && units.Contains(party)) || (person.Post is { } post && units.Contains(post.UnitCode));
}
