using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Roster;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Files;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Roster;

/// <summary>
/// The campaign office imports the roster by sending the file to the bot in personal chat, end to end: the built bot
/// process on Azurite with the demo roster, Teams' member lookup played by a local connector, and the file's
/// pre-authorized download URL served from 127.0.0.1.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RosterFileImportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string WangFangNumber = "100020";
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private FakeFileServer _files = null!;
    private DemoUniversityBot _demo = null!;

    static RosterFileImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync()
    {
        _files = await FakeFileServer.StartAsync();
        _demo = await DemoUniversityBot.StartAsync(azurite);
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
        await _files.DisposeAsync();
    }

    [Fact]
    public async Task Office_staff_sending_a_valid_xlsx_adds_the_new_person_in_a_new_version_recorded_with_their_number()
    {
        var wangFang = Person("王芳", "wangfang");
        var repository = new TableRosterRepository(_demo.Tables);
        var branch = (await repository.LoadCurrentAsync()).People.Where(p => p.Active && p.PartyUnitCode == DemoRoster.ComputingStaffBranch3).ToList();
        var newcomer = new Person
        {
            Number = "200030", Name = "林晓", Upn = "linxiao@" + DemoRoster.Domain, Email = "linxiao@" + DemoRoster.Domain,
            PartyUnitCode = DemoRoster.ComputingStaffBranch3, PartyStatus = PartyStatus.Full,
        };
        var url = _files.Serve(RosterFiles.PeopleXlsx([.. branch, newcomer]));

        var replies = await SendAsync(wangFang.FileMessage("", "教工第三党支部名册.xlsx", url));

        var card = replies.Single()!["attachments"]![0]!["content"]!;
        var text = card.ToJsonString(Readable);
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "RosterImportCard_Title"), (string?)card["body"]![0]!["text"]);
        Assert.Contains("林晓", text, StringComparison.Ordinal);
        Assert.Contains("王芳（100020）", text, StringComparison.Ordinal);
        Assert.Contains("北京时间", text, StringComparison.Ordinal);
        var stored = await repository.FindByNumberAsync("200030");
        Assert.NotNull(stored);
        Assert.True(stored.Active);
        var history = await repository.HistoryAsync();
        Assert.Equal(2, history.Count);
        Assert.Equal(WangFangNumber, history[^1].OperatorNumber);
        var after = await repository.LoadCurrentAsync();
        Assert.All(branch, p => Assert.True(after.Person(p.Number)?.Active, p.Number + " stays active"));
    }

    [Fact]
    public async Task A_GB18030_CSV_with_errors_is_answered_with_each_row_and_column_in_Chinese_and_changes_nothing()
    {
        var wangFang = Person("王芳", "wangfang");
        var repository = new TableRosterRepository(_demo.Tables);
        var before = await repository.CurrentVersionAsync();
        var csv = "工号/学号,姓名,党组织编码,政治面貌\r\n"
            + "200030,林晓,HP-JSJ-T9,正式党员\r\n"
            + "2.02103E+11,欧阳明,HP-JSJ-T3,正式党员\r\n";
        var url = _files.Serve(Encoding.GetEncoding("GB18030").GetBytes(csv));

        var replies = await SendAsync(wangFang.FileMessage("", "人员.csv", url));

        var text = replies.Single()!["attachments"]![0]!["content"]!.ToJsonString(Readable);
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "RosterImportErrorsCard_Title", 2), text, StringComparison.Ordinal);
        Assert.Contains("第 2 行“党组织编码”列", text, StringComparison.Ordinal);
        Assert.Contains("HP-JSJ-T9", text, StringComparison.Ordinal);
        Assert.Contains("第 3 行“工号/学号”列", text, StringComparison.Ordinal);
        Assert.Equal(before, await repository.CurrentVersionAsync());
        Assert.Null(await repository.FindByNumberAsync("200030"));
    }

    [Fact]
    public async Task Someone_outside_the_office_sending_a_roster_file_is_refused_and_the_file_is_not_even_downloaded()
    {
        var zhangWei = Person("张伟", "zhangwei");
        var repository = new TableRosterRepository(_demo.Tables);
        var before = await repository.CurrentVersionAsync();
        var url = _files.Serve(RosterFiles.PeopleXlsx([new Person { Number = "200030", Name = "林晓", PartyUnitCode = DemoRoster.ComputingStaffBranch3, PartyStatus = PartyStatus.Full }]));

        var replies = await SendAsync(zhangWei.FileMessage("全量替换", "名册.xlsx", url));

        Assert.Equal(BotReplies.RosterImportNotAllowed(UserLanguage.ZhCn), (string?)replies.Single()!["text"]);
        Assert.Equal(0, _files.Downloads);
        Assert.Equal(before, await repository.CurrentVersionAsync());
        Assert.Null(await repository.FindByNumberAsync("200030"));
    }

    [Fact]
    public async Task Asking_for_the_roster_template_explains_the_columns_and_where_to_download_it()
    {
        var wangFang = Person("王芳", "wangfang");

        var replies = await SendAsync(wangFang.Message("名册模板"));

        var text = (string?)replies.Single()!["text"];
        Assert.Contains("工号/学号", text, StringComparison.Ordinal);
        Assert.Contains("/api/roster/template", text, StringComparison.Ordinal);
    }

    private TeamsActivities Person(string name, string account) => _demo.Persona(account, name);

    private Task<JsonArray> SendAsync(JsonObject activity) => _demo.SendAsync(activity);
}
