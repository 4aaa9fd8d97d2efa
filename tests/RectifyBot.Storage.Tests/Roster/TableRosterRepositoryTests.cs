using RectifyBot.Core.Roster;
using RectifyBot.Storage.Roster;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Roster;

[Collection(AzuriteCollection.Name)]
public sealed class TableRosterRepositoryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private TableRosterRepository NewRepository(IRosterWriteObserver? observer = null) => new(StorageTestTables.Create(azurite), observer);

    [Fact]
    public async Task Before_the_first_import_the_roster_is_empty_and_has_no_version()
    {
        var repository = NewRepository();

        Assert.Empty((await repository.LoadCurrentAsync()).People);
        Assert.Null(await repository.CurrentVersionAsync());
        Assert.Null(await repository.FindByNumberAsync("1"));
        Assert.Empty(await repository.PeopleInUnitAsync("B-1"));
    }

    [Fact]
    public async Task A_saved_roster_loads_back_with_every_field_including_chinese_text()
    {
        var repository = NewRepository();
        var person = SampleRosters.FullPerson("0012345", "B-1");
        var roster = new Core.Roster.Roster(SampleRosters.Units(), [person, SampleRosters.Member("2", null)]);

        await repository.SaveNewVersionAsync(roster, "100020", "首次导入", At);
        var loaded = await repository.LoadCurrentAsync();

        Assert.Equal(roster.Units.OrderBy(u => u.Code), loaded.Units.OrderBy(u => u.Code));
        var back = loaded.Person("0012345")!;
        Assert.Equal(person with { Positions = back.Positions, LiaisonUnitCodes = back.LiaisonUnitCodes }, back);
        Assert.Equal(person.Positions, back.Positions);
        Assert.Equal(person.LiaisonUnitCodes, back.LiaisonUnitCodes);
        Assert.Equal(SampleRosters.Member("2", null), loaded.Person("2"));
    }

    [Fact]
    public async Task The_current_version_records_who_imported_it_when_and_its_counts()
    {
        var repository = NewRepository();
        var roster = new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1")]);

        var saved = await repository.SaveNewVersionAsync(roster, "100020", "新增 1 人", At);

        Assert.Equal(new RosterVersionInfo(saved.VersionId, At, "100020", "新增 1 人", 5, 1), await repository.CurrentVersionAsync());
    }

    [Fact]
    public async Task People_are_found_by_number_and_by_unit()
    {
        var repository = NewRepository();
        var roster = new Core.Roster.Roster(
            SampleRosters.Units(),
            [SampleRosters.Member("1", "B-1"), SampleRosters.Member("2", "B-1", "张伟"), SampleRosters.Member("3", "B-2"),
             SampleRosters.Member("4", null) with { Post = new AdministrativePost("D-教务处", PostRank.Head) }]);
        await repository.SaveNewVersionAsync(roster, "100020", "import", At);

        Assert.Equal("张伟", (await repository.FindByNumberAsync("2"))!.Name);
        Assert.Null(await repository.FindByNumberAsync("99"));
        Assert.Equal(["1", "2"], (await repository.PeopleInUnitAsync("B-1")).Select(p => p.Number).Order());
        Assert.Equal(["3"], (await repository.PeopleInUnitAsync("B-2")).Select(p => p.Number));
        Assert.Equal(["4"], (await repository.PeopleInUnitAsync("D-教务处")).Select(p => p.Number));
    }

    [Fact]
    public async Task A_bound_person_is_found_by_aad_object_id_and_carries_it()
    {
        var repository = NewRepository();
        await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1")]), "100020", "import", At);

        await repository.BindAsync("1", "aad-1");

        Assert.Equal("1", (await repository.FindByAadObjectIdAsync("aad-1"))!.Number);
        Assert.Equal("aad-1", (await repository.FindByNumberAsync("1"))!.AadObjectId);
        Assert.Equal("aad-1", (await repository.PeopleInUnitAsync("B-1")).Single().AadObjectId);
        Assert.Equal("aad-1", (await repository.LoadCurrentAsync()).Person("1")!.AadObjectId);
        Assert.Null(await repository.FindByAadObjectIdAsync("aad-unknown"));
    }

    [Fact]
    public async Task Bindings_survive_a_new_version()
    {
        var repository = NewRepository();
        await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1")]), "100020", "v1", At);
        await repository.BindAsync("1", "aad-1");

        await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-2", "张伟（调动）")]), "100020", "v2", At.AddDays(1));

        var found = await repository.FindByAadObjectIdAsync("aad-1");
        Assert.Equal(("B-2", "aad-1"), (found!.PartyUnitCode, found.AadObjectId));
        Assert.Equal("aad-1", (await repository.LoadCurrentAsync()).Person("1")!.AadObjectId);
    }

    [Fact]
    public async Task Binding_an_id_to_another_number_moves_it_and_rebinding_a_number_drops_its_old_id()
    {
        var repository = NewRepository();
        await repository.SaveNewVersionAsync(
            new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1"), SampleRosters.Member("2", "B-1")]), "100020", "v1", At);

        await repository.BindAsync("1", "aad-x");
        await repository.BindAsync("2", "aad-x");
        await repository.BindAsync("2", "aad-y");

        var roster = await repository.LoadCurrentAsync();
        Assert.Null(roster.Person("1")!.AadObjectId);
        Assert.Equal("aad-y", roster.Person("2")!.AadObjectId);
        Assert.Null(await repository.FindByAadObjectIdAsync("aad-x"));
        Assert.Equal("2", (await repository.FindByAadObjectIdAsync("aad-y"))!.Number);
    }

    [Fact]
    public async Task A_save_crashing_halfway_leaves_the_old_roster_in_force_and_the_next_save_succeeds()
    {
        var tables = StorageTestTables.Create(azurite);
        var old = new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1", "旧名册")]);
        var first = await new TableRosterRepository(tables).SaveNewVersionAsync(old, "100020", "old", At);
        var crash = new CrashAfterTransactions(allowed: 3);
        var replacement = SampleRosters.Large(units: 10, perUnit: 30, namePrefix: "新名册");

        await Assert.ThrowsAnyAsync<Exception>(() => new TableRosterRepository(tables, crash).SaveNewVersionAsync(replacement, "100021", "crashes", At.AddDays(1)));

        var repository = new TableRosterRepository(tables);
        Assert.True(crash.Submitted >= 3);
        Assert.Equal(first, await repository.CurrentVersionAsync());
        Assert.Equal(["旧名册"], (await repository.LoadCurrentAsync()).People.Select(p => p.Name));
        Assert.Equal("旧名册", (await repository.FindByNumberAsync("1"))!.Name);
        Assert.Equal([first], await repository.HistoryAsync());

        var next = await repository.SaveNewVersionAsync(replacement, "100021", "retried", At.AddDays(2));
        Assert.Equal(next, await repository.CurrentVersionAsync());
        Assert.Equal(300, (await repository.LoadCurrentAsync()).People.Count);
    }

    [Fact]
    public async Task Old_versions_stay_readable_and_the_history_lists_every_import_in_order()
    {
        var repository = NewRepository();
        var v1 = await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1", "甲")]), "100020", "v1", At);
        var v2 = await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1", "乙")]), "100021", "v2", At.AddDays(1));

        Assert.Equal([v1, v2], await repository.HistoryAsync());
        Assert.Equal("甲", (await repository.LoadVersionAsync(v1.VersionId))!.Person("1")!.Name);
        Assert.Equal("乙", (await repository.LoadCurrentAsync()).Person("1")!.Name);
        Assert.Null(await repository.LoadVersionAsync("19990101T000000000Z-00000000"));
    }

    [Fact]
    public async Task A_save_whose_base_version_was_replaced_meanwhile_is_refused_and_switches_nothing()
    {
        var tables = StorageTestTables.Create(azurite);
        var repository = new TableRosterRepository(tables);
        await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1", "甲")]), "100020", "v1", At);
        var racing = new TableRosterRepository(tables, new SaveDuringWrite(() =>
            repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1", "乙")]), "100021", "v2", At.AddDays(1))));

        await Assert.ThrowsAsync<RosterVersionConflictException>(() =>
            racing.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1", "丙")]), "100022", "v3", At.AddDays(2)));

        Assert.Equal("乙", (await repository.LoadCurrentAsync()).Person("1")!.Name);
    }

    [Fact]
    public async Task A_large_save_uses_exactly_the_minimum_transactions_per_partition()
    {
        var repository = NewRepository();

        await repository.SaveNewVersionAsync(SampleRosters.Large(units: 3, perUnit: 150), "100020", "large", At);

        var plan = repository.LastSavePlan!;
        Assert.Equal(plan.MinimumTransactions, plan.Transactions);
        Assert.Equal(450, (await repository.PeopleInUnitAsync("B000")).Count + (await repository.PeopleInUnitAsync("B001")).Count + (await repository.PeopleInUnitAsync("B002")).Count);
    }

    [Fact]
    public async Task A_leader_is_responsible_for_the_units_of_their_positions_post_and_liaisons()
    {
        var repository = NewRepository();
        var leader = SampleRosters.Member("9", "B-1") with
        {
            Post = new AdministrativePost("D-教务处", PostRank.Head),
            Positions = [new(Position.BranchSecretary, "B-1"), new(Position.UniversityLeadershipMember)],
            LiaisonUnitCodes = ["B-2"],
        };
        await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), [leader]), "100020", "import", At);

        var units = await repository.UnitsResponsibleForAsync("9");

        Assert.Equal(["B-1", "B-2", "D-教务处"], units.Select(u => u.Code).Order(StringComparer.Ordinal));
        Assert.Empty(await repository.UnitsResponsibleForAsync("404"));
    }

    [Fact]
    public async Task A_field_longer_than_a_table_property_is_refused_before_anything_is_written()
    {
        var repository = NewRepository();
        var roster = new Core.Roster.Roster(SampleRosters.Units(), [SampleRosters.Member("1", "B-1") with { Major = new string('专', 32_001) }]);

        await Assert.ThrowsAsync<ArgumentException>(() => repository.SaveNewVersionAsync(roster, "100020", "too long", At));

        Assert.Null(await repository.CurrentVersionAsync());
    }

    [Fact]
    public async Task People_with_very_long_texts_are_split_into_smaller_transactions_under_the_4_mib_payload_limit()
    {
        var repository = NewRepository();
        var people = Enumerable.Range(0, 100).Select(i => SampleRosters.Member(i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), "B-1") with { Major = new string('专', 32_000) });

        await repository.SaveNewVersionAsync(new Core.Roster.Roster(SampleRosters.Units(), people), "100020", "long texts", At);

        Assert.True(repository.LastSavePlan!.Transactions > repository.LastSavePlan.MinimumTransactions);
        Assert.All(await repository.PeopleInUnitAsync("B-1"), p => Assert.Equal(32_000, p.Major!.Length));
    }

    /// <summary>Runs another save once, after this save's first transaction: a concurrent import that wins the race.</summary>
    private sealed class SaveDuringWrite(Func<Task> otherSave) : IRosterWriteObserver
    {
        private int _ran;

        public void TransactionSubmitted(string table, string partitionKey, int entities)
        {
            if (Interlocked.Exchange(ref _ran, 1) == 0)
            {
                otherSave().GetAwaiter().GetResult();
            }
        }
    }
}
