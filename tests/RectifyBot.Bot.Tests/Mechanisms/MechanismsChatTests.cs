using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Mechanisms;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Mechanisms;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Files;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Mechanisms;

/// <summary>
/// "长效机制" / "mechanisms" through the built bot with the demo university: 计算机学院党委's principal leader (黄磊)
/// records a mechanism from the card — an empty document and a bad link are refused under their field with what he
/// typed kept — and edits it again, each change kept with who and when; a team member (何军) reads without the form and
/// is refused when he saves; a member may not see it; the office (王芳) sees which units lack which mechanism, opens a
/// unit and exports the overview as Excel.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MechanismsChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;
    private FakeFileServer _oneDrive = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoUniversityBot.StartAsync(azurite);
        _oneDrive = await FakeFileServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _oneDrive.DisposeAsync();
        await _demo.DisposeAsync();
    }

    [Fact]
    public async Task The_principal_leader_records_a_mechanism_on_the_card_bad_input_is_refused_by_its_field_with_the_typed_text_kept_and_edits_keep_history()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊");
        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("长效机制")));
        Assert.Contains("长效机制：计算机学院党委", DemoUniversityBot.Readable(card), StringComparison.Ordinal);

        var learning = MechanismKind.Learning;
        var empty = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.CardSubmit(Save(card, learning, "Established", "", ""))));
        var emptyText = DemoUniversityBot.Readable(empty);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Mechanisms_Problem_Document_Required"), emptyText, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Mechanisms_NotSaved"), emptyText, StringComparison.Ordinal);

        var badLink = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.CardSubmit(Save(empty, learning, "Established", "党委理论学习中心组学习制度", "dangjian/zhidu/12"))));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Mechanisms_Problem_Link_NotAWebAddress"), DemoUniversityBot.Readable(badLink), StringComparison.Ordinal);
        Assert.Equal("党委理论学习中心组学习制度", InputValue(badLink, MechanismsCard.DocumentField(learning)));
        Assert.Equal("dangjian/zhidu/12", InputValue(badLink, MechanismsCard.LinkField(learning)));
        Assert.Equal("Established", InputValue(badLink, MechanismsCard.StatusField(learning)));
        var repository = new TableMechanismRepository(_demo.Tables);
        Assert.Empty((await repository.LoadAsync(DemoRoster.ComputingCommittee)).History);

        var saved = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.CardSubmit(Save(badLink, learning, "Established", "党委理论学习中心组学习制度", "https://dangjian.example.edu.cn/zhidu/12"))));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "Mechanisms_Saved", "学习机制", "已建立"), DemoUniversityBot.Readable(saved), StringComparison.Ordinal);
        var wangFang = _demo.Persona("wangfang", "王芳");
        var opened = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("长效机制 HP-JSJ")));
        await _demo.SendAsync(wangFang.CardSubmit(Save(opened, learning, "InProgress", "党委理论学习中心组学习制度（修订中）", "")));

        var stored = await repository.LoadAsync(DemoRoster.ComputingCommittee);
        Assert.Equal((MechanismStatus.InProgress, "100020", (string?)null), (stored.For(learning).Status, stored.For(learning).ChangedByNumber, stored.For(learning).Link));
        Assert.Equal([("100020", MechanismStatus.InProgress), ("200001", MechanismStatus.Established)], stored.History.Select(h => (h.ChangedByNumber!, h.Status)));
        Assert.All(stored.History, h => Assert.NotNull(h.ChangedAt));
        var reread = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("长效机制"))));
        Assert.Contains("王芳 将学习机制改为“建立中”", reread, StringComparison.Ordinal);
        Assert.Contains("黄磊 将学习机制改为“已建立”", reread, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_member_reads_without_the_form_and_is_refused_when_he_saves_and_a_member_may_not_see_it()
    {
        var heJun = _demo.Persona("hejun", "何军", "en-US");
        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(heJun.Message("mechanisms"))));
        Assert.Contains("Long-term mechanisms: 计算机学院党委", card, StringComparison.Ordinal);
        Assert.Contains(CardText.Get(UserLanguage.En, "Mechanisms_ReadOnly"), card, StringComparison.Ordinal);
        Assert.DoesNotContain(MechanismsCard.SaveVerb, card, StringComparison.Ordinal);

        var refused = await _demo.SendAsync(heJun.CardSubmit(new JsonObject
        {
            ["verb"] = MechanismsCard.SaveVerb,
            [MechanismsCard.UnitKey] = DemoRoster.ComputingCommittee,
            [MechanismsCard.KindKey] = nameof(MechanismKind.PartyLife),
            [MechanismsCard.StatusField(MechanismKind.PartyLife)] = "Established",
            [MechanismsCard.DocumentField(MechanismKind.PartyLife)] = "三会一课制度",
        }));
        Assert.Equal(CardText.Get(UserLanguage.En, "Mechanisms_NotAllowed"), (string?)refused.Single()!["text"]);
        Assert.Empty(await new TableMechanismRepository(_demo.Tables).ListAllAsync().ToListAsync());

        var zhangWei = _demo.Persona("zhangwei", "张伟");
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Mechanisms_CannotSee"), (string?)(await _demo.SendAsync(zhangWei.Message("长效机制 HP-JSJ"))).Single()!["text"]);
        Assert.Equal(CardText.Format(UserLanguage.ZhCn, "Mechanisms_UnknownUnit", "HP-JSJ-T1"), (string?)(await _demo.SendAsync(zhangWei.Message("长效机制 HP-JSJ-T1"))).Single()!["text"]);
    }

    [Fact]
    public async Task The_office_sees_how_many_units_lack_each_mechanism_opens_one_and_exports_the_overview()
    {
        var daiJun = _demo.Persona("daijun", "戴军");
        var hospital = DemoUniversityBot.CardOf(await _demo.SendAsync(daiJun.Message("长效机制")));
        foreach (var kind in UnitMechanisms.Kinds)
        {
            hospital = DemoUniversityBot.CardOf(await _demo.SendAsync(daiJun.CardSubmit(Save(hospital, kind, "Established", "校医院党总支" + kind + "制度", ""))));
        }

        var huangLei = _demo.Persona("huanglei", "黄磊");
        var computing = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("长效机制")));
        await _demo.SendAsync(huangLei.CardSubmit(Save(computing, MechanismKind.Learning, "Established", "党委理论学习中心组学习制度", "")));

        var wangFang = _demo.Persona("wangfang", "王芳", "en-US");
        var overview = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("mechanisms")));
        var text = DemoUniversityBot.Readable(overview);
        Assert.Contains(CardText.Format(UserLanguage.En, "MechanismOverview_Summary", 4, 1, 3), text, StringComparison.Ordinal);
        Assert.Equal(
            ["2 units", "3 units", "3 units", "3 units", "3 units"],
            FactsUnder(overview, CardText.Get(UserLanguage.En, "MechanismOverview_ByKind"), "value"));
        Assert.Contains("Learning, Management, Serving the masses, Party life, Work responsibility", text, StringComparison.Ordinal);
        Assert.Equal(["机关党委 (HP-JG)", "计算机学院党委 (HP-JSJ)", "文学院党委 (HP-WX)"], FactsUnder(overview, CardText.Get(UserLanguage.En, "MechanismOverview_Incomplete"), "title"));

        var opened = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(
            overview, MechanismOverviewCard.OpenVerb, (MechanismOverviewCard.UnitField, DemoRoster.LettersCommittee))))));
        Assert.Contains("Long-term mechanisms: 文学院党委", opened, StringComparison.Ordinal);
        Assert.Contains(MechanismsCard.SaveVerb, opened, StringComparison.Ordinal);

        var (status, _) = await _demo.InvokeAsync(wangFang.CardAction(MechanismOverviewCard.ExportVerb, new JsonObject()));
        Assert.Equal(HttpStatusCode.OK, status);
        var consent = Sent(wangFang).Single(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.consent")["attachments"]![0]!["content"]!;
        Assert.Contains("长效机制-", (string)consent["description"]!, StringComparison.Ordinal);
        var uploadUrl = _oneDrive.UploadUrl();
        await _demo.InvokeAsync(FileConsents.Answer(wangFang, "accept", consent["acceptContext"]!.DeepClone(), uploadUrl, "长效机制.xlsx"));
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(_oneDrive.Uploaded(uploadUrl).Content), false);
        Assert.Equal(["汇总", "明细"], xlsx.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));

        var (_, body) = await _demo.InvokeAsync(huangLei.CardAction(MechanismOverviewCard.ExportVerb, new JsonObject()));
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Reply_OfficeOnly"), (string?)body!["value"]);
    }

    /// <summary>What Teams sends for the mechanism's save button with these values typed into its form.</summary>
    private static JsonObject Save(JsonObject card, MechanismKind kind, string status, string document, string link)
    {
        var submission = CardForm.Submission(card, MechanismsCard.SaveVerb,
            (MechanismsCard.StatusField(kind), status), (MechanismsCard.DocumentField(kind), document), (MechanismsCard.LinkField(kind), link));

        // Every save button carries its own mechanism: CardForm takes the first; set the one pressed.
        submission[MechanismsCard.KindKey] = kind.ToString();
        return submission;
    }

    private static string? InputValue(JsonObject card, string id) =>
        CardForm.Nodes(card).OfType<JsonObject>().Single(n => (string?)n["id"] == id)["value"]?.GetValue<string>();

    /// <summary>The titles or values of the fact set that follows the heading.</summary>
    private static IReadOnlyList<string> FactsUnder(JsonObject card, string heading, string part)
    {
        var body = card["body"]!.AsArray();
        var at = body.Select((n, i) => (n, i)).First(x => (string?)x.n!["text"] == heading).i;
        return [.. body[at + 1]!["facts"]!.AsArray().Select(f => (string)f![part]!)];
    }

    private List<JsonNode> Sent(TeamsActivities who) =>
        [.. _demo.Teams.RequestsTo(who.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json!)];
}
