namespace RectifyBot.Core.Roster;

/// <summary>
/// One version of the organisation: its units (both trees) and its people, with the lookups the rules need.
/// Immutable: an import builds a new version and switches to it at the end.
/// </summary>
public sealed class Roster
{
    private readonly Dictionary<string, OrganisationUnit> _units;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Person> _byAadObjectId;
    private readonly ILookup<string, OrganisationUnit> _childrenOf;

    public Roster(IEnumerable<OrganisationUnit> units, IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(people);
        _units = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _people = people.ToDictionary(p => p.Number, StringComparer.Ordinal);
        _byAadObjectId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in _people.Values.Where(p => p.AadObjectId is not null))
        {
            _byAadObjectId.TryAdd(person.AadObjectId!, person);
        }
        _childrenOf = _units.Values.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
    }

    public static Roster Empty { get; } = new([], []);

    public IReadOnlyCollection<OrganisationUnit> Units => _units.Values;

    /// <summary>Everyone, active or not.</summary>
    public IReadOnlyCollection<Person> People => _people.Values;

    public IEnumerable<Person> ActivePeople => _people.Values.Where(p => p.Active);

    public OrganisationUnit? Unit(string? code) => code is not null && _units.TryGetValue(code, out var unit) ? unit : null;

    public Person? Person(string? number) => number is not null && _people.TryGetValue(number, out var person) ? person : null;

    /// <summary>The person bound to the Teams user's Azure AD object id; null if nobody is.</summary>
    public Person? PersonBoundTo(string? aadObjectId) =>
        aadObjectId is not null && _byAadObjectId.TryGetValue(aadObjectId, out var person) ? person : null;

    public IEnumerable<OrganisationUnit> ChildrenOf(string unitCode) => _childrenOf[unitCode];

    /// <summary>The unit and every unit above it, nearest first. Stops at a cycle (which validation rejects anyway).</summary>
    public IEnumerable<OrganisationUnit> SelfAndAncestors(string? unitCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var unit = Unit(unitCode); unit is not null && seen.Add(unit.Code); unit = Unit(unit.ParentCode))
        {
            yield return unit;
        }
    }

    /// <summary>The unit and every unit under it (departments under their Party committee included).</summary>
    public IEnumerable<OrganisationUnit> SelfAndDescendants(string unitCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<OrganisationUnit>();
        if (Unit(unitCode) is { } start)
        {
            pending.Push(start);
        }

        while (pending.TryPop(out var unit))
        {
            if (!seen.Add(unit.Code))
            {
                continue;
            }

            yield return unit;
            foreach (var child in ChildrenOf(unit.Code))
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The secondary committee or general branch a unit belongs to (itself, if it is one).</summary>
    public OrganisationUnit? CommitteeOf(string? unitCode) => SelfAndAncestors(unitCode).FirstOrDefault(u => u.IsPartyCommitteeLevel);

    /// <summary>Active holders of a position; with a unit, only those holding it in that unit.</summary>
    public IEnumerable<Person> Holders(Position position, string? unitCode = null) =>
        ActivePeople.Where(p => unitCode is null ? p.Holds(position) : p.Holds(position, unitCode));

    /// <summary>Active people whose Party organisation is the unit.</summary>
    public IEnumerable<Person> MembersOf(string unitCode) =>
        ActivePeople.Where(p => string.Equals(p.PartyUnitCode, unitCode, StringComparison.Ordinal));

    /// <summary>The active head (正职) of a department or affiliated unit.</summary>
    public Person? HeadOf(string unitCode) =>
        ActivePeople.FirstOrDefault(p => p.Post is { Rank: PostRank.Head } post && string.Equals(post.UnitCode, unitCode, StringComparison.Ordinal));

    /// <summary>Active school leaders who are liaison for the unit.</summary>
    public IEnumerable<Person> LiaisonsFor(string unitCode) =>
        ActivePeople.Where(p => p.LiaisonUnitCodes.Contains(unitCode, StringComparer.Ordinal));

    public Person? FindByUpnOrEmail(string upnOrEmail) =>
        ActivePeople.FirstOrDefault(p =>
            string.Equals(p.Upn, upnOrEmail, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.Email, upnOrEmail, StringComparison.OrdinalIgnoreCase));
}
