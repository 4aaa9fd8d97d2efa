using Azure.Data.Tables;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Storage.Ledger;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Ledger;

/// <summary>
/// The ledger views' reader on Azurite, over rows as the measure workflow writes them: ledger entries of the members
/// asked for (or of everyone), submissions counted when not withdrawn, outbox rows and drafts ignored.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableLedgerReaderTests(AzuriteFixture azurite)
{
    private readonly TableClientFactory _tables = StorageTestTables.Create(azurite);

    [Fact]
    public async Task Reads_the_entries_and_submissions_of_the_members_asked_for_only()
    {
        await SeedAsync();

        var snapshot = await new TableLedgerReader(_tables).ReadAsync(["200022", "200023"]);

        Assert.Equal(["200022|v1|p0", "200022|v1|p1"], snapshot.Lines.Select(l => l.EntryId));
        var done = snapshot.Lines.Single(l => l.EntryId == "200022|v1|p1");
        Assert.Equal(LedgerEntryStatus.Done, done.Status);
        Assert.True(done.CompletedOnTime);
        Assert.Equal(new DateOnly(2026, 12, 31), done.Deadline);
        Assert.Equal("HP-JSJ-T3", done.UnitCode);
        Assert.Equal(["200022"], snapshot.SubmittedNumbers);
    }

    [Fact]
    public async Task Reading_everyone_and_reading_more_members_than_the_scan_threshold_give_the_same_ledger()
    {
        await SeedAsync();
        var many = Enumerable.Range(0, TableLedgerReader.ScanAbove + 1).Select(i => "9" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(["200022", "200023", "300012"]).ToList();

        var everyone = await new TableLedgerReader(_tables).ReadAsync(null);
        var scanned = await new TableLedgerReader(_tables).ReadAsync(many);

        Assert.Equal(["200022|v1|p0", "200022|v1|p1", "300012|v2|p0"], everyone.Lines.Select(l => l.EntryId));
        Assert.Equal(everyone.Lines.Select(l => l.EntryId), scanned.Lines.Select(l => l.EntryId));
        Assert.Equal(["200022", "300012"], everyone.SubmittedNumbers.Order(StringComparer.Ordinal));
        Assert.Equal(everyone.SubmittedNumbers.Order(StringComparer.Ordinal), scanned.SubmittedNumbers.Order(StringComparer.Ordinal));
    }

    private async Task SeedAsync()
    {
        var measures = new TableMeasureRepository(_tables);
        var table = await _tables.GetTableAsync(TableMeasureRepository.TableName);
        Assert.True(await measures.SaveAsync(new MeasureChange
        {
            AuthorNumber = "200022",
            Entries = [Entry("200022", 1, 0), Entry("200022", 1, 1) with { Status = LedgerEntryStatus.Done, CompletedOnTime = true, CompletedAt = DateTimeOffset.UnixEpoch }],
        }));
        await table.AddEntityAsync(Version("200022", 1, MeasureStatus.Approved));
        await table.AddEntityAsync(new TableEntity("200022", "notice|v0001|Decision-1|200022") { ["Kind"] = "Outbox", ["Status"] = "Pending" });

        // 赵磊 withdrew his only version: he has not submitted.
        await table.AddEntityAsync(Version("200023", 1, MeasureStatus.Withdrawn));
        await table.AddEntityAsync(new TableEntity("200023", "draft") { ["Kind"] = "Draft" });

        await table.AddEntityAsync(Version("300012", 1, MeasureStatus.Returned));
        await table.AddEntityAsync(Version("300012", 2, MeasureStatus.Approved));
        Assert.True(await measures.SaveAsync(new MeasureChange { AuthorNumber = "300012", Entries = [Entry("300012", 2, 0) with { UnitCode = "HP-WX-T" }] }));
    }

    // A version header as docs/storage.md describes it ("v|0001", Kind Version): only its status matters here.
    private static TableEntity Version(string author, int version, MeasureStatus status) =>
        new(author, "v|" + version.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)) { ["Kind"] = "Version", ["Version"] = version, ["Status"] = status.ToString() };

    private static LedgerEntry Entry(string owner, int version, int problem) => new()
    {
        Id = LedgerEntry.MeasureEntryId(owner, version, problem),
        Source = LedgerSource.Measure,
        OwnerNumber = owner,
        UnitCode = "HP-JSJ-T3",
        ResponsiblePersonNumber = owner,
        ApprovedByNumber = "200020",
        Deadline = new DateOnly(2026, 12, 31),
        Handling = HandlingKind.FixNow,
        Area = ProblemArea.Discipline,
        Problem = "请假手续不全",
        Measures = "严格履行请假手续",
        CreatedAt = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero),
    };
}
