namespace RectifyBot.Core.Roster.Import;

/// <summary>What an import did, for the office to read: people and units added, changed and deactivated.</summary>
public sealed record RosterChangeReport
{
    public IReadOnlyList<Person> AddedPeople { get; init; } = [];

    /// <summary>People whose data changed; someone deactivated before and listed again is here with the field "Active".</summary>
    public IReadOnlyList<PersonChange> ChangedPeople { get; init; } = [];

    public IReadOnlyList<Person> DeactivatedPeople { get; init; } = [];

    public IReadOnlyList<OrganisationUnit> AddedUnits { get; init; } = [];

    public IReadOnlyList<UnitChange> ChangedUnits { get; init; } = [];

    /// <summary>With a full replacement: units of the current roster the file did not list. They stay (people's history refers to them).</summary>
    public IReadOnlyList<OrganisationUnit> UnitsNotInFile { get; init; } = [];

    public bool HasChanges => AddedPeople.Count + ChangedPeople.Count + DeactivatedPeople.Count + AddedUnits.Count + ChangedUnits.Count > 0;
}
