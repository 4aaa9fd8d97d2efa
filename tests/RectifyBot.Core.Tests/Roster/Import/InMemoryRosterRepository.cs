using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Tests.Roster.Import;

/// <summary>
/// A test double of the roster store for the importer's unit tests: versions in a list, and a switch that makes the
/// next save lose a race with another import. Storage itself is tested on Azurite.
/// </summary>
internal sealed class InMemoryRosterRepository(Core.Roster.Roster initial) : IRosterRepository
{
    private readonly List<(RosterVersionInfo Info, Core.Roster.Roster Roster)> _versions =
        [(new RosterVersionInfo("v0", DateTimeOffset.UnixEpoch, "seed", "seed", initial.Units.Count, initial.People.Count), initial)];

    /// <summary>When set, the next save throws <see cref="RosterVersionConflictException"/> and switches nothing.</summary>
    public bool LoseNextRace { get; set; }

    public IReadOnlyList<RosterVersionInfo> History => [.. _versions.Select(v => v.Info)];

    public Core.Roster.Roster Current => _versions[^1].Roster;

    public Task<Core.Roster.Roster> LoadCurrentAsync(CancellationToken cancellationToken = default) => Task.FromResult(Current);

    public Task<Core.Roster.Roster?> LoadVersionAsync(string versionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_versions.Where(v => v.Info.VersionId == versionId).Select(v => v.Roster).FirstOrDefault());

    public Task<RosterVersionInfo?> CurrentVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult<RosterVersionInfo?>(_versions[^1].Info);

    public Task<IReadOnlyList<RosterVersionInfo>> HistoryAsync(CancellationToken cancellationToken = default) => Task.FromResult(History);

    public Task<RosterVersionInfo> SaveNewVersionAsync(Core.Roster.Roster roster, string operatorNumber, string summary, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (LoseNextRace)
        {
            LoseNextRace = false;
            throw new RosterVersionConflictException();
        }

        var info = new RosterVersionInfo("v" + _versions.Count, at, operatorNumber, summary, roster.Units.Count, roster.People.Count);
        _versions.Add((info, roster));
        return Task.FromResult(info);
    }

    public Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Current.People.FirstOrDefault(p => p.AadObjectId == aadObjectId));

    public Task<Person?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) => Task.FromResult(Current.Person(number));

    public Task BindAsync(string number, string aadObjectId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<Person>> PeopleInUnitAsync(string unitCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Person>>([.. Current.People.Where(p => (p.PartyUnitCode ?? p.Post?.UnitCode) == unitCode)]);

    public Task<IReadOnlyList<OrganisationUnit>> UnitsResponsibleForAsync(string number, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OrganisationUnit>>([]);
}
