using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Mechanisms;
using RectifyBot.Storage.Roster;
using RectifyBot.Storage.Stages;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Mechanisms;

/// <summary>
/// Long-term mechanisms (DOMAIN.md §6) on Azurite: a committee's principal leader and the office record and edit them,
/// each change kept with who, when and what; anyone else is refused; bad input is refused by field and nothing is
/// saved; the office's overview counts the units that lack each mechanism. University U → 计算机学院党委 JSJ (陈院长
/// principal leader, 刘副院长 on its team) → branch JSJ-1; 外语学院党总支 WY (吴书记); office 钱办.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MechanismRegisterTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly Person 陈院长 = Member("0100", "陈院长", "JSJ-1", new PositionHolding(Position.PrincipalLeader, "JSJ"));
    private static readonly Person 刘副院长 = Member("0101", "刘副院长", "JSJ-1", new PositionHolding(Position.LeadershipTeamMember, "JSJ"));
    private static readonly Person 周老师 = Member("0103", "周老师", "JSJ-1");
    private static readonly Person 吴书记 = Member("0200", "吴书记", "WY-1", new PositionHolding(Position.PrincipalLeader, "WY"));
    private static readonly Person 钱办 = Member("0900", "钱办", null, new PositionHolding(Position.OfficeStaff));

    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public async Task The_principal_leader_and_the_office_record_and_edit_a_mechanism_and_every_change_keeps_who_when_and_what()
    {
        var (register, repository) = await CreateAsync();

        var (first, page) = await register.RecordAsync(陈院长, new MechanismInput("JSJ", "Learning", "InProgress", " 党委理论学习中心组学习制度（草案） ", null));
        Assert.Equal(MechanismRecordResult.Saved, first.Result);
        Assert.Equal(new DateOnly(2026, 12, 31), page!.DueDate);
        Assert.True(page.CanRecord);
        _time.Advance(TimeSpan.FromDays(3));
        var (second, _) = await register.RecordAsync(钱办, new MechanismInput("JSJ", "learning", "Established", "党委理论学习中心组学习制度", "https://dangjian.example.edu.cn/zhidu/12"));
        Assert.Equal(MechanismRecordResult.Saved, second.Result);
        var (again, _) = await register.RecordAsync(陈院长, new MechanismInput("JSJ", "Learning", "Established", "党委理论学习中心组学习制度", "https://dangjian.example.edu.cn/zhidu/12"));
        Assert.Equal(MechanismRecordResult.Unchanged, again.Result);

        var stored = await repository.LoadAsync("JSJ");
        var learning = stored.For(MechanismKind.Learning);
        Assert.Equal((MechanismStatus.Established, "党委理论学习中心组学习制度", "https://dangjian.example.edu.cn/zhidu/12", 钱办.Number, Start.AddDays(3)),
            (learning.Status, learning.Document, learning.Link, learning.ChangedByNumber, learning.ChangedAt));
        Assert.Collection(
            stored.History,
            h => Assert.Equal((钱办.Number, Start.AddDays(3), MechanismStatus.Established, "党委理论学习中心组学习制度"), (h.ChangedByNumber, h.ChangedAt, h.Status, h.Document)),
            h => Assert.Equal((陈院长.Number, Start, MechanismStatus.InProgress, "党委理论学习中心组学习制度（草案）"), (h.ChangedByNumber, h.ChangedAt, h.Status, h.Document)));
        Assert.Equal([MechanismKind.Management, MechanismKind.ServingTheMasses, MechanismKind.PartyLife, MechanismKind.WorkResponsibility], stored.Missing);
    }

    [Fact]
    public async Task Nobody_but_the_units_principal_leader_and_the_office_records_and_a_branch_is_no_unit_for_mechanisms()
    {
        var (register, repository) = await CreateAsync();
        var input = new MechanismInput("JSJ", "PartyLife", "Established", "三会一课制度", null);

        Assert.Equal(MechanismRecordResult.NotAllowed, (await register.RecordAsync(刘副院长, input)).Outcome.Result);
        Assert.Equal(MechanismRecordResult.NotAllowed, (await register.RecordAsync(周老师, input)).Outcome.Result);
        Assert.Equal(MechanismRecordResult.NotAllowed, (await register.RecordAsync(吴书记, input)).Outcome.Result);
        Assert.Equal(MechanismRecordResult.NotAllowed, (await register.RecordAsync(陈院长 with { Active = false }, input)).Outcome.Result);
        Assert.Equal(MechanismRecordResult.UnknownUnit, (await register.RecordAsync(陈院长, input with { UnitCode = "JSJ-1" })).Outcome.Result);
        Assert.Equal(MechanismRecordResult.UnknownUnit, (await register.RecordAsync(钱办, input with { UnitCode = "NOPE" })).Outcome.Result);

        Assert.Empty(await repository.ListAllAsync().ToListAsync());
        Assert.False((await register.PageAsync(刘副院长, "JSJ"))!.CanRecord);
        Assert.Null(await register.PageAsync(周老师, "JSJ"));
        Assert.Null(await register.OverviewAsync(陈院长));
    }

    [Theory]
    [InlineData("Established", "", null, MechanismField.Document, MechanismProblemKind.Required)]
    [InlineData("InProgress", "   ", null, MechanismField.Document, MechanismProblemKind.Required)]
    [InlineData("Established", "服务群众制度", "dangjian.example.edu.cn/zhidu", MechanismField.Link, MechanismProblemKind.NotAWebAddress)]
    [InlineData("Established", "服务群众制度", "ftp://dangjian.example.edu.cn/zhidu", MechanismField.Link, MechanismProblemKind.NotAWebAddress)]
    [InlineData("Established", "服务群众制度", "javascript:alert(1)", MechanismField.Link, MechanismProblemKind.NotAWebAddress)]
    [InlineData("Done", "服务群众制度", null, MechanismField.Status, MechanismProblemKind.UnknownChoice)]
    [InlineData("2", "服务群众制度", null, MechanismField.Status, MechanismProblemKind.UnknownChoice)]
    [InlineData("", "服务群众制度", null, MechanismField.Status, MechanismProblemKind.Required)]
    public async Task Bad_input_is_refused_by_field_and_nothing_is_saved(string status, string document, string? link, MechanismField field, MechanismProblemKind problem)
    {
        var (register, repository) = await CreateAsync();

        var (outcome, page) = await register.RecordAsync(陈院长, new MechanismInput("JSJ", "ServingTheMasses", status, document, link));

        Assert.Equal(MechanismRecordResult.Invalid, outcome.Result);
        Assert.Equal([new MechanismProblem(field, problem)], outcome.Problems);
        Assert.NotNull(page);
        Assert.Empty(await repository.ListAllAsync().ToListAsync());
    }

    [Fact]
    public async Task Too_long_text_is_refused_and_not_established_needs_no_document()
    {
        var (register, _) = await CreateAsync();

        var (tooLong, _) = await register.RecordAsync(陈院长, new MechanismInput("JSJ", "Management", "Established", new string('制', MechanismLimits.Document + 1), "https://x.example.edu.cn/" + new string('a', MechanismLimits.Link)));
        var (notYet, _) = await register.RecordAsync(陈院长, new MechanismInput("JSJ", "Management", "NotEstablished", "", null));

        Assert.Equal([new MechanismProblem(MechanismField.Document, MechanismProblemKind.TooLong), new MechanismProblem(MechanismField.Link, MechanismProblemKind.TooLong)], tooLong.Problems);
        Assert.Equal(MechanismRecordResult.Saved, notYet.Result);
    }

    [Fact]
    public async Task The_offices_overview_counts_for_each_mechanism_the_units_that_have_not_established_it()
    {
        var (register, _) = await CreateAsync();
        foreach (var kind in new[] { "Learning", "Management" })
        {
            Assert.Equal(MechanismRecordResult.Saved, (await register.RecordAsync(陈院长, new MechanismInput("JSJ", kind, "Established", kind + " 制度", null))).Outcome.Result);
        }

        foreach (var kind in Enum.GetNames<MechanismKind>())
        {
            var status = kind == "PartyLife" ? "InProgress" : "Established";
            Assert.Equal(MechanismRecordResult.Saved, (await register.RecordAsync(吴书记, new MechanismInput("WY", kind, status, kind + " 制度", null))).Outcome.Result);
        }

        var overview = (await register.OverviewAsync(钱办))!;

        Assert.Equal(["JSJ", "WY"], overview.Units.Select(u => u.Unit.Code));
        Assert.Equal([0, 0, 1, 2, 1], UnitMechanisms.Kinds.Select(overview.MissingCount));
        Assert.Equal(["JSJ", "WY"], overview.Incomplete.Select(u => u.Unit.Code));
        Assert.Equal([MechanismKind.PartyLife], overview.Units.Single(u => u.Unit.Code == "WY").Mechanisms.Missing);
        Assert.Equal(new DateOnly(2026, 12, 1), overview.Today);
    }

    private async Task<(MechanismRegister Register, TableMechanismRepository Repository)> CreateAsync()
    {
        var tables = StorageTestTables.Create(azurite);
        var rosters = new TableRosterRepository(tables);
        var units = new[]
        {
            new OrganisationUnit("U", "某大学党委", UnitKind.UniversityCommittee, null),
            new OrganisationUnit("JSJ", "计算机学院党委", UnitKind.SecondaryCommittee, "U"),
            new OrganisationUnit("JSJ-1", "计算机教工党支部", UnitKind.Branch, "JSJ"),
            new OrganisationUnit("WY", "外语学院党总支", UnitKind.GeneralBranch, "U"),
            new OrganisationUnit("WY-1", "外语教工党支部", UnitKind.Branch, "WY"),
        };
        await rosters.SaveNewVersionAsync(new Core.Roster.Roster(units, [陈院长, 刘副院长, 周老师, 吴书记, 钱办]), 钱办.Number, "mechanisms", Start);
        var calendars = new TableStageCalendarRepository(tables);
        await calendars.SaveAsync(new StageCalendarEntry(null, new StageCalendar(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 3, 1)), 钱办.Number, Start));
        var repository = new TableMechanismRepository(tables);
        return (new MechanismRegister(repository, rosters, calendars, [], _time), repository);
    }

    private static Person Member(string number, string name, string? branch, params PositionHolding[] positions) => new()
    {
        Number = number,
        Name = name,
        PartyUnitCode = branch,
        PartyStatus = branch is null ? PartyStatus.None : PartyStatus.Full,
        Positions = positions,
    };
}
