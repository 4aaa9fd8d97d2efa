using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.SummaryReports;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.SummaryReports;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Files;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.SummaryReports;

/// <summary>
/// Summary reports through the built bot with the demo university: a committee leader gets the draft as Word through
/// the file consent card (as the ledger export goes), submits the edited .docx by sending it in personal chat (stored
/// in Blob storage with who and when), and the office's "总结报告" lists who has submitted; a plain member's file is
/// refused without being downloaded.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryReportChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;
    private FakeFileServer _files = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        _files = await FakeFileServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _files.DisposeAsync();
        await _demo.DisposeAsync();
    }

    private BlobSummaryReportStore Store => new(_demo.Tables, Options.Create(_demo.Bot.Storage));

    [Fact]
    public async Task A_committee_leader_gets_the_draft_as_Word_through_the_file_consent_card()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");
        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("总结报告"))));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "SummaryReport_Title", "计算机学院党委"), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "SummaryReport_NotSubmitted"), card, StringComparison.Ordinal);

        var (status, _) = await _demo.InvokeAsync(huangLei.CardAction(SummaryReportCard.DraftVerb, new JsonObject { [SummaryReportCard.UnitKey] = DemoRoster.ComputingCommittee }));
        Assert.Equal(HttpStatusCode.OK, status);
        var consent = Sent(huangLei).Single(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.consent")["attachments"]![0]!["content"]!;
        Assert.Contains("计算机学院党委-总结报告初稿", (string)consent["description"]!, StringComparison.Ordinal);

        var uploadUrl = _files.UploadUrl();
        (status, _) = await _demo.InvokeAsync(FileConsents.Answer(huangLei, "accept", consent["acceptContext"]!.DeepClone(), uploadUrl, "总结报告初稿.docx"));
        Assert.Equal(HttpStatusCode.OK, status);
        using var docx = WordprocessingDocument.Open(new MemoryStream(_files.Uploaded(uploadUrl).Content), false);
        Assert.StartsWith("计算机学院党委整改提高阶段总结报告（初稿）", docx.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_leader_submits_the_edited_docx_in_chat_with_who_and_when_kept_and_the_office_sees_who_has_submitted()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");
        byte[] content = [0x50, 0x4B, 0x03, 0x04, .. "计算机学院党委总结报告定稿"u8.ToArray()];

        var replies = await _demo.SendAsync(huangLei.FileMessage("", "计算机学院党委总结报告.docx", _files.Serve(content)));

        Assert.StartsWith(CardText.Format(UserLanguage.ZhCn, "SummaryReport_SubmittedNow", "计算机学院党委", "计算机学院党委总结报告.docx", "黄磊", "")[..20], (string?)replies.Single()!["text"], StringComparison.Ordinal);
        var submission = await Store.FindAsync(DemoRoster.ComputingCommittee);
        Assert.NotNull(submission);
        Assert.Equal(("200001", "计算机学院党委总结报告.docx", content.LongLength), (submission.SubmittedByNumber, submission.FileName, submission.Size));
        Assert.True(DateTimeOffset.UtcNow - submission.SubmittedAt < TimeSpan.FromMinutes(2));
        Assert.Equal(content, await Store.ReadAsync(DemoRoster.ComputingCommittee));

        var mine = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("总结报告"))));
        Assert.Contains("黄磊 已于", mine, StringComparison.Ordinal);

        var wangFang = _demo.Persona("wangfang", "王芳");
        var office = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("总结报告"))));
        var missing = office.IndexOf(CardText.Format(UserLanguage.ZhCn, "SummaryReportStatus_Missing", 3), StringComparison.Ordinal);
        var done = office.IndexOf(CardText.Format(UserLanguage.ZhCn, "SummaryReportStatus_Done", 1), StringComparison.Ordinal);
        Assert.True(missing >= 0 && done > missing, office);
        Assert.True(office.IndexOf("文学院党委", StringComparison.Ordinal) is var letters && letters > missing && letters < done);
        Assert.True(office.IndexOf("计算机学院党委：黄磊", StringComparison.Ordinal) > done);
    }

    [Fact]
    public async Task A_plain_members_file_is_refused_without_being_downloaded()
    {
        var zhangWei = _demo.Persona("zhangwei", "张伟");

        var replies = await _demo.SendAsync(zhangWei.FileMessage("总结报告 " + DemoRoster.ComputingCommittee, "总结报告.docx", _files.Serve([0x50, 0x4B, 0x03, 0x04, 0x00])));

        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "SummaryReport_NotAllowed"), (string?)replies.Single()!["text"]);
        Assert.Equal(0, _files.Downloads);
        Assert.Null(await Store.FindAsync(DemoRoster.ComputingCommittee));
    }

    private List<JsonNode> Sent(TeamsActivities who) =>
        [.. _demo.Teams.RequestsTo(who.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json!)];
}
