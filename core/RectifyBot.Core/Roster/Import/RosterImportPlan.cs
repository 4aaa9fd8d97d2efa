namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// The roster version an import would produce and what it would change, built before anything is written, so
/// storage can write the new version and switch to it at the end (a crash halfway leaves the old one in force).
/// <para>
/// Scope: the file replaces the units it lists and the people of the units it covers. A unit is covered when the
/// units sheet lists it or a person in the file has it as their Party organisation. A current person is in scope
/// when their Party organisation (or, without one, their post unit) is covered; in-scope people missing from the
/// file are deactivated, never deleted. With a full replacement everyone missing from the file is deactivated.
/// Units are never removed: people's history refers to them; units missing from the file are only reported.
/// </para>
/// People are matched by number and keep their Teams binding (AadObjectId) across imports.
/// </summary>
public sealed record RosterImportPlan
{
    private RosterImportPlan(Roster roster, RosterChangeReport report, bool fullReplacement, string operatorNumber, DateTimeOffset importedAt)
    {
        Roster = roster;
        Report = report;
        FullReplacement = fullReplacement;
        OperatorNumber = operatorNumber;
        ImportedAt = importedAt;
    }

    /// <summary>The new roster version.</summary>
    public Roster Roster { get; }

    public RosterChangeReport Report { get; }

    public bool FullReplacement { get; }

    /// <summary>Who imported: the office staff member's number (a function key alone says nothing about who).</summary>
    public string OperatorNumber { get; }

    public DateTimeOffset ImportedAt { get; }

    public static RosterImportPlan Create(Roster current, ParsedRoster incoming, bool fullReplacement, string operatorNumber, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorNumber);

        var (units, addedUnits, changedUnits) = MergeUnits(current, incoming);
        var covered = incoming.Units.Select(u => u.Code)
            .Concat(incoming.People.Select(p => p.PartyUnitCode).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);

        var people = current.People.ToDictionary(p => p.Number, StringComparer.Ordinal);
        var added = new List<Person>();
        var changed = new List<PersonChange>();
        foreach (var person in incoming.People)
        {
            if (people.TryGetValue(person.Number, out var before))
            {
                var after = person with { AadObjectId = before.AadObjectId, Active = true };
                var fields = ChangedFields(before, after);
                if (fields.Count > 0)
                {
                    changed.Add(new PersonChange(after.Number, after.Name, fields));
                }

                people[person.Number] = after;
            }
            else
            {
                var after = person with { Active = true };
                added.Add(after);
                people[person.Number] = after;
            }
        }

        var inFile = incoming.People.Select(p => p.Number).ToHashSet(StringComparer.Ordinal);
        var deactivated = current.People
            .Where(p => p.Active && !inFile.Contains(p.Number) && (fullReplacement || covered.Contains(HomeUnit(p) ?? string.Empty)))
            .Select(p => p with { Active = false })
            .ToList();
        foreach (var person in deactivated)
        {
            people[person.Number] = person;
        }

        var listed = incoming.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var report = new RosterChangeReport
        {
            AddedPeople = added,
            ChangedPeople = changed,
            DeactivatedPeople = deactivated,
            AddedUnits = addedUnits,
            ChangedUnits = changedUnits,
            UnitsNotInFile = fullReplacement ? current.Units.Where(u => !listed.Contains(u.Code)).ToList() : [],
        };
        return new RosterImportPlan(new Roster(units, people.Values), report, fullReplacement, operatorNumber, at);
    }

    private static string? HomeUnit(Person person) => person.PartyUnitCode ?? person.Post?.UnitCode;

    private static (List<OrganisationUnit> Units, List<OrganisationUnit> Added, List<UnitChange> Changed) MergeUnits(Roster current, ParsedRoster incoming)
    {
        var units = current.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var added = new List<OrganisationUnit>();
        var changed = new List<UnitChange>();
        foreach (var unit in incoming.Units)
        {
            if (units.TryGetValue(unit.Code, out var before))
            {
                var fields = ChangedFields(before, unit);
                if (fields.Count > 0)
                {
                    changed.Add(new UnitChange(unit.Code, unit.Name, fields));
                }
            }
            else
            {
                added.Add(unit);
            }

            units[unit.Code] = unit;
        }

        return (units.Values.ToList(), added, changed);
    }

    private static List<string> ChangedFields(OrganisationUnit before, OrganisationUnit after)
    {
        var fields = new List<string>();
        Compare(fields, nameof(OrganisationUnit.Name), before.Name, after.Name);
        Compare(fields, nameof(OrganisationUnit.Kind), before.Kind, after.Kind);
        Compare(fields, nameof(OrganisationUnit.ParentCode), before.ParentCode, after.ParentCode);
        Compare(fields, nameof(OrganisationUnit.IsClassBranch), before.IsClassBranch, after.IsClassBranch);
        Compare(fields, nameof(OrganisationUnit.ClassName), before.ClassName, after.ClassName);
        return fields;
    }

    private static List<string> ChangedFields(Person before, Person after)
    {
        var fields = new List<string>();
        Compare(fields, nameof(Person.Name), before.Name, after.Name);
        Compare(fields, nameof(Person.Upn), before.Upn, after.Upn);
        Compare(fields, nameof(Person.Email), before.Email, after.Email);
        Compare(fields, nameof(Person.PartyUnitCode), before.PartyUnitCode, after.PartyUnitCode);
        Compare(fields, nameof(Person.PartyStatus), before.PartyStatus, after.PartyStatus);
        Compare(fields, nameof(Person.Post), before.Post, after.Post);
        if (!before.Positions.ToHashSet().SetEquals(after.Positions))
        {
            fields.Add(nameof(Person.Positions));
        }

        if (!before.LiaisonUnitCodes.ToHashSet(StringComparer.Ordinal).SetEquals(after.LiaisonUnitCodes))
        {
            fields.Add(nameof(Person.LiaisonUnitCodes));
        }

        Compare(fields, nameof(Person.ClassName), before.ClassName, after.ClassName);
        Compare(fields, nameof(Person.Year), before.Year, after.Year);
        Compare(fields, nameof(Person.StudentLevel), before.StudentLevel, after.StudentLevel);
        Compare(fields, nameof(Person.Major), before.Major, after.Major);
        Compare(fields, nameof(Person.DemocraticParty), before.DemocraticParty, after.DemocraticParty);
        Compare(fields, nameof(Person.Retired), before.Retired, after.Retired);
        Compare(fields, nameof(Person.Active), before.Active, after.Active);
        return fields;
    }

    private static void Compare<T>(List<string> fields, string name, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            fields.Add(name);
        }
    }
}
