using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// Draws a survey's respondents from the roster: per category, a uniform random sample of the quota from the
/// active people of the unit and the units under it (by Party organisation or administrative post), excluding the
/// unit's own leadership team (they are the ones assessed). Categories are drawn in a fixed order and nobody is
/// drawn twice. Reproducible: candidates are ordered by number and shuffled by <see cref="SampleRandom"/> from the
/// survey's seed. Service recipients are not in the roster: their quota is issued as unnamed links instead.
/// </summary>
public static class SurveySampler
{
    /// <summary>The order categories are drawn in: the rarer groups first, so a person in two groups fills the rarer quota.</summary>
    public static IReadOnlyList<ParticipantCategory> DrawOrder { get; } =
    [
        ParticipantCategory.DemocraticPartyMember,
        ParticipantCategory.RetiredStaff,
        ParticipantCategory.PartyMember,
        ParticipantCategory.GrassrootsMasses,
    ];

    public static SurveySample Sample(Roster.Roster roster, string unitCode, IReadOnlyList<CategoryQuota> quotas, long seed)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(quotas);
        var scope = roster.SelfAndDescendants(unitCode).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var population = roster.ActivePeople
            .Where(p => InScope(p, scope) && !LeadsUnit(p, unitCode))
            .OrderBy(p => p.Number, StringComparer.Ordinal)
            .ToList();

        var random = new SampleRandom(seed);
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        var participants = new List<SampledParticipant>();
        var shortfalls = new Dictionary<ParticipantCategory, int>();
        foreach (var category in DrawOrder)
        {
            var quota = quotas.Where(q => q.Category == category).Sum(q => q.Count);
            if (quota <= 0)
            {
                continue;
            }

            var candidates = population.Where(p => !drawn.Contains(p.Number) && BelongsTo(p, category)).ToList();
            var take = Math.Min(quota, candidates.Count);

            // Partial Fisher–Yates: the first `take` places become a uniform sample.
            for (var i = 0; i < take; i++)
            {
                var j = i + random.Next(candidates.Count - i);
                (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
                var person = candidates[i];
                drawn.Add(person.Number);
                participants.Add(new SampledParticipant(person.Number, category, person.AadObjectId is null ? ReplyChannel.Link : ReplyChannel.Teams));
            }

            if (take < quota)
            {
                shortfalls[category] = quota - take;
            }
        }

        return new SurveySample(participants, shortfalls);
    }

    /// <summary>Whether a person can be drawn for a category (a person may fit two; the draw order decides).</summary>
    public static bool BelongsTo(Person person, ParticipantCategory category)
    {
        ArgumentNullException.ThrowIfNull(person);
        return category switch
        {
            ParticipantCategory.DemocraticPartyMember => !string.IsNullOrWhiteSpace(person.DemocraticParty),
            ParticipantCategory.RetiredStaff => person.Retired,
            ParticipantCategory.PartyMember => person.IsMember && !person.Retired,
            ParticipantCategory.GrassrootsMasses => !person.IsMember && !person.Retired && string.IsNullOrWhiteSpace(person.DemocraticParty),
            _ => false,
        };
    }

    /// <summary>The category a person is asked in when everyone in a scope is asked (no quotas): the first of <see cref="DrawOrder"/> they belong to.</summary>
    public static ParticipantCategory CategoryOf(Person person) =>
        DrawOrder.Where(c => BelongsTo(person, c)).DefaultIfEmpty(ParticipantCategory.GrassrootsMasses).First();

    private static bool InScope(Person person, HashSet<string> scope) =>
        (person.PartyUnitCode is { } party && scope.Contains(party)) || (person.Post is { } post && scope.Contains(post.UnitCode));

    private static bool LeadsUnit(Person person, string unitCode) =>
        person.Holds(Position.PrincipalLeader, unitCode) || person.Holds(Position.LeadershipTeamMember, unitCode);
}
