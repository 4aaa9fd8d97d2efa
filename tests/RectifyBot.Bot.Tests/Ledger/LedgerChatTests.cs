using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Measures;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Files;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Ledger;

/// <summary>
/// The ledger views through the built bot over HTTP with the demo university: "台帐" in Chinese and "ledger" in English
/// for the people allowed, a refusal for a plain member, and the Excel export delivered by file consent card — accepted
/// after a bot restart, uploaded to the URL Teams gives and announced with a file info card.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LedgerChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;
    private FakeFileServer _oneDrive = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        _oneDrive = await FakeFileServer.StartAsync();
        var today = ChinaTime.Today(TimeProvider.System);
        var measures = new TableMeasureRepository(_demo.Tables);
        Assert.True(await measures.SaveAsync(new MeasureChange { AuthorNumber = "200022", Entries = [Entry("200022", DemoRoster.ComputingStaffBranch3, today.AddDays(-8))] }));
        Assert.True(await measures.SaveAsync(new MeasureChange { AuthorNumber = "300012", Entries = [Entry("300012", DemoRoster.LettersStaffBranch, today.AddDays(20))] }));
    }

    public async Task DisposeAsync()
    {
        await _oneDrive.DisposeAsync();
        await _demo.DisposeAsync();
    }

    [Fact]
    public async Task The_office_types_台帐_and_sees_the_whole_university_with_the_overdue_item()
    {
        var wangFang = _demo.Persona("wangfang", "王芳");

        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("台帐"))));

        Assert.Contains("整改台帐", card, StringComparison.Ordinal);
        Assert.Contains("湖畔大学党委", card, StringComparison.Ordinal);
        Assert.Contains("计算机学院党委：完成 0/1，逾期 1", card, StringComparison.Ordinal);
        Assert.Contains("张伟（计算机学院教工第三党支部）", card, StringComparison.Ordinal);
        Assert.Contains("已逾期 8 天", card, StringComparison.Ordinal);
        Assert.Contains("ledger-export", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_leader_types_ledger_in_English_and_sees_only_his_committee()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊", "en-US");

        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("ledger"))));

        Assert.Contains("Rectification ledger", card, StringComparison.Ordinal);
        Assert.Contains("计算机学院党委 (as of", card, StringComparison.Ordinal);
        Assert.Contains("8 days overdue", card, StringComparison.Ordinal);
        Assert.DoesNotContain("文学院", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_member_is_refused()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");

        var replies = await _demo.SendAsync(zhangWei.Message("台帐"));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Ledger_NotAllowed"), (string?)replies.Single()!["text"]);
    }

    [Fact]
    public async Task The_export_survives_a_restart_and_is_uploaded_on_consent_then_shown_with_a_file_info_card()
    {
        var wangFang = _demo.Persona("wangfang", "王芳");
        await _demo.SendAsync(wangFang.Message("台帐"));

        var (status, _) = await _demo.InvokeAsync(wangFang.CardAction("ledger-export", new JsonObject()));
        Assert.Equal(HttpStatusCode.OK, status);
        var offer = Sent(wangFang).Single(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.consent");
        var consent = offer["attachments"]![0]!["content"]!;
        Assert.Contains("整改台帐", (string)consent["description"]!, StringComparison.Ordinal);

        await _demo.RestartAsync();
        var uploadUrl = _oneDrive.UploadUrl();
        var accept = FileConsents.Answer(wangFang, "accept", consent["acceptContext"]!.DeepClone(), uploadUrl);
        (status, _) = await _demo.InvokeAsync(accept);

        Assert.Equal(HttpStatusCode.OK, status);
        var (content, range) = _oneDrive.Uploaded(uploadUrl);
        Assert.Equal((long)content.Length, (long)consent["sizeInBytes"]!);
        Assert.Equal($"bytes 0-{content.Length - 1}/{content.Length}", range);
        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(content), false))
        {
            Assert.Equal(["汇总", "台帐明细"], xlsx.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
        }

        var info = Sent(wangFang).Single(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.info");
        Assert.Equal("https://lakeside.sharepoint.example/personal/wangfang/整改台帐.xlsx", (string?)info["attachments"]![0]!["contentUrl"]);
        Assert.Equal("xlsx", (string?)info["attachments"]![0]!["content"]!["fileType"]);

        // Once only: accepting the same card again uploads nothing and says the file is gone.
        var again = _oneDrive.UploadUrl();
        await _demo.InvokeAsync(FileConsents.Answer(wangFang, "accept", consent["acceptContext"]!.DeepClone(), again));
        Assert.Empty(_oneDrive.Uploaded(again).Content);
    }

    [Fact]
    public async Task Another_person_cannot_accept_someone_elses_file_and_the_roster_check_export_is_offered_to_the_office()
    {
        var wangFang = _demo.Persona("wangfang", "王芳");
        var qianLi = _demo.Persona("qianli", "钱丽");
        await _demo.SendAsync(wangFang.Message("名册检查"));
        await _demo.InvokeAsync(wangFang.CardAction("roster-check-export", new JsonObject()));
        var consent = Sent(wangFang).Single(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.consent")["attachments"]![0]!["content"]!;
        Assert.Contains("名册检查.xlsx", (string)consent["description"]!, StringComparison.Ordinal);

        var uploadUrl = _oneDrive.UploadUrl();
        await _demo.SendAsync(qianLi.Message("帮助"));
        await _demo.InvokeAsync(FileConsents.Answer(qianLi, "accept", consent["acceptContext"]!.DeepClone(), uploadUrl));

        Assert.Empty(_oneDrive.Uploaded(uploadUrl).Content);
        Assert.Contains(Sent(qianLi), a => (string?)a["text"] == CardText.Get(UserLanguage.ZhCn, "FileConsent_Expired"));
    }

    private List<JsonNode> Sent(TeamsActivities who) =>
        [.. _demo.Teams.RequestsTo(who.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json!)];

    private static LedgerEntry Entry(string owner, string unit, DateOnly deadline) => new()
    {
        Id = LedgerEntry.MeasureEntryId(owner, 1, 0),
        Source = LedgerSource.Measure,
        OwnerNumber = owner,
        UnitCode = unit,
        ResponsiblePersonNumber = owner,
        ApprovedByNumber = "200020",
        Deadline = deadline,
        Handling = HandlingKind.FixNow,
        Area = ProblemArea.Discipline,
        Problem = "请假手续不全",
        Measures = "严格履行请假手续",
        CreatedAt = DateTimeOffset.UtcNow.AddDays(-30),
    };
}
