namespace RectifyBot.Core.Roster;

/// <summary>
/// The roster in storage, as versions: an import writes a complete new version and switches to it only at the end,
/// so a crash halfway leaves the previous version in force. Identity bindings (Azure AD object id per person) are
/// kept apart from the versions, keyed by number, and applied to every version when it is read.
/// </summary>
public interface IRosterRepository
{
    /// <summary>The current version with bindings applied; <see cref="Roster.Empty"/> before the first import.</summary>
    Task<Roster> LoadCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>A version by id (old versions stay readable), with today's bindings applied; null if there is no such version.</summary>
    Task<Roster?> LoadVersionAsync(string versionId, CancellationToken cancellationToken = default);

    /// <summary>The version in force; null before the first import.</summary>
    Task<RosterVersionInfo?> CurrentVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Every version ever switched to, oldest first (the import audit trail).</summary>
    Task<IReadOnlyList<RosterVersionInfo>> HistoryAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="roster"/> as a complete new version and then makes it current.
    /// Throws <see cref="RosterVersionConflictException"/> if another version became current meanwhile.
    /// </summary>
    Task<RosterVersionInfo> SaveNewVersionAsync(Roster roster, string operatorNumber, string summary, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The person of the current version bound to the Azure AD object id; null if none.</summary>
    Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>The person of the current version with the staff or student number; null if none.</summary>
    Task<Person?> FindByNumberAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>
    /// Binds a person (by number) to their Azure AD object id on first contact. The binding outlives imports.
    /// Rebinding the number to another id, or the id to another number, replaces the earlier binding.
    /// </summary>
    Task BindAsync(string number, string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// People of the current version whose Party organisation is the unit, or, for people with none (non-members),
    /// whose administrative post is in it. Active or not.
    /// </summary>
    Task<IReadOnlyList<Person>> PeopleInUnitAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// The units of the current version a person is responsible for: where they hold a position, the unit of their
    /// administrative post, and the units they are liaison for. Empty if the person is unknown.
    /// </summary>
    Task<IReadOnlyList<OrganisationUnit>> UnitsResponsibleForAsync(string number, CancellationToken cancellationToken = default);
}
