using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Documents.Roster;
using RectifyBot.Documents.Tables;
using RectifyBot.Functions.Roster;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage;
using RectifyBot.Storage.Roster;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Files;
using RectifyBot.Testing.Storage;
using Microsoft.Extensions.Options;

namespace RectifyBot.Functions.Tests.Roster;

/// <summary>The admin HTTP path of the roster import and the template download, through the development runner on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RosterImportFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
        ["Storage:QueuePrefix"] = AzuriteFixture.UniquePrefix(),
    };

    private Runner _runner = null!;
    private TableRosterRepository _roster = null!;

    public async Task InitializeAsync()
    {
        _roster = new TableRosterRepository(new TableClientFactory(Options.Create(new StorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            TablePrefix = _settings["Storage:TablePrefix"]!,
        })));
        await DemoRosterSeeder.SeedIfEmptyAsync(_roster, TimeProvider.System);
        _runner = await Runner.StartAsync("ImportRoster,RosterTemplate,RosterHealthExport", _settings);
    }

    public async Task DisposeAsync() => await _runner.DisposeAsync();

    [Fact]
    public async Task Office_staff_named_as_operator_import_a_file_and_get_the_report_with_the_new_version()
    {
        using var response = await PostAsync(NewcomerFile(), "?operator=100020&fileName=" + Uri.EscapeDataString("名册.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("imported", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("100020", body.RootElement.GetProperty("operatorNumber").GetString());
        Assert.Equal("200030", body.RootElement.GetProperty("added")[0].GetProperty("number").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("deactivated").GetArrayLength());
        var history = await _roster.HistoryAsync();
        Assert.Equal(("100020", 2), (history[^1].OperatorNumber, history.Count));
        Assert.NotNull(await _roster.FindByNumberAsync("200030"));
    }

    [Fact]
    public async Task The_operator_may_also_be_given_in_the_header_and_the_file_as_multipart_form_data()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(NewcomerFile());
        file.Headers.ContentType = new MediaTypeHeaderValue(RosterTemplateDownload.XlsxContentType);
        form.Add(file, "file", "名册.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_runner.BaseUrl + "/api/roster/import")) { Content = form };
        request.Headers.Add(ImportRoster.OperatorHeader, "100020");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_operator_the_request_is_refused_and_nothing_changes()
    {
        using var response = await PostAsync(NewcomerFile(), "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await _roster.HistoryAsync());
    }

    [Theory]
    [InlineData("200022")] // 张伟: in the roster, not office staff
    [InlineData("999999")] // nobody
    public async Task An_operator_who_is_not_campaign_office_staff_is_forbidden_and_nothing_changes(string number)
    {
        using var response = await PostAsync(NewcomerFile(), "?operator=" + number);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("notAllowed", body.RootElement.GetProperty("status").GetString());
        Assert.Single(await _roster.HistoryAsync());
    }

    [Fact]
    public async Task An_invalid_file_answers_422_with_every_problem_in_the_callers_language_and_changes_nothing()
    {
        var csv = "工号/学号,姓名,党组织编码\r\n200030,林晓,HP-NOPE\r\n"u8.ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_runner.BaseUrl + "/api/roster/import?operator=100020&fileName=people.csv"))
        {
            Content = new ByteArrayContent(csv),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal(("UnknownUnit", 2), (error.GetProperty("code").GetString(), error.GetProperty("row").GetInt32()));
        Assert.Contains("HP-NOPE", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single(await _roster.HistoryAsync());
    }

    [Fact]
    public async Task Office_staff_export_the_roster_check_as_an_xlsx_listing_the_class_without_a_branch()
    {
        using var response = await Http.GetAsync(new Uri(_runner.BaseUrl + "/api/roster/health?operator=100020"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = TabularFile.Read(await response.Content.ReadAsByteArrayAsync(), "名册检查.xlsx");
        var sheet = Assert.Single(read.Sheets);
        Assert.Equal(RosterHealthWorkbook.SheetName, sheet.Name);
        Assert.Equal(RosterHealthWorkbook.Header, sheet.Rows[0].Cells);
        Assert.Contains(sheet.Rows, row => row.Cells.Any(cell => cell.Contains(DemoRoster.ClassWithoutBranch, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_roster_check_export_is_refused_to_anyone_but_office_staff()
    {
        using var member = await Http.GetAsync(new Uri(_runner.BaseUrl + "/api/roster/health?operator=200022"));
        using var nobody = await Http.GetAsync(new Uri(_runner.BaseUrl + "/api/roster/health"));

        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
    }

    [Fact]
    public async Task The_template_download_is_an_xlsx_file()
    {
        using var response = await Http.GetAsync(new Uri(_runner.BaseUrl + "/api/roster/template"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RosterTemplateDownload.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK\u0003\u0004"u8.ToArray(), bytes[..4]);
    }

    /// <summary>The demo branch HP-JSJ-T3 as it is, plus 林晓.</summary>
    private static byte[] NewcomerFile()
    {
        var branch = DemoRoster.People().Where(p => p.Active && p.PartyUnitCode == DemoRoster.ComputingStaffBranch3);
        var newcomer = new Person { Number = "200030", Name = "林晓", PartyUnitCode = DemoRoster.ComputingStaffBranch3, PartyStatus = PartyStatus.Full };
        return RosterFiles.PeopleXlsx([.. branch, newcomer]);
    }

    private Task<HttpResponseMessage> PostAsync(byte[] content, string query) =>
        Http.PostAsync(new Uri(_runner.BaseUrl + "/api/roster/import" + query), new ByteArrayContent(content));
}
