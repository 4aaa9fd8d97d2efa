using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Functions.Surveys;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>
/// The daily window-close run, wired as the Functions host wires it, on Azurite: held answers are written, the majority
/// rule applied, the leadership team and the office told once of a unit flagged to redo the work, the office of an
/// insufficient response; a survey still open is left alone.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CloseSurveyWindowsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = FunctionsServices.Create(azurite);
        await SurveyResultsData.SaveBoundDemoRosterAsync(_services.GetRequiredService<IRosterRepository>());
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static SurveyWindow Closed => new(DateTimeOffset.UtcNow.AddDays(-8), DateTimeOffset.UtcNow.AddMinutes(-1));

    [Fact]
    public async Task Most_dissatisfied_flags_the_unit_and_tells_its_leaders_and_the_office_once_even_when_the_run_repeats()
    {
        var surveys = _services.GetRequiredService<ISurveyRepository>();
        var box = _services.GetRequiredService<ISurveyBallotBox>();
        var dissatisfied = SurveyResultsData.NewSurvey(DemoRoster.ComputingCommittee, "计算机学院党委", Closed, 20);
        await SurveyResultsData.AddAnswersAsync(surveys, box, dissatisfied,
            (SatisfactionChoice.Dissatisfied, "实验室**预约**<b>太难</b>"), (SatisfactionChoice.Dissatisfied, null), (SatisfactionChoice.Dissatisfied, null),
            (SatisfactionChoice.Satisfied, null), (SatisfactionChoice.BasicallySatisfied, null), (SatisfactionChoice.DontKnow, null));
        var thin = SurveyResultsData.NewSurvey(DemoRoster.LettersCommittee, "文学院党委", Closed, 100);
        await SurveyResultsData.AddAnswersAsync(surveys, box, thin, (SatisfactionChoice.Dissatisfied, null), (SatisfactionChoice.Satisfied, null));
        var open = SurveyResultsData.NewSurvey(DemoRoster.HospitalGeneralBranch, "附属医院党总支", new SurveyWindow(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(3)), 20);
        await SurveyResultsData.AddAnswersAsync(surveys, box, open, (SatisfactionChoice.Dissatisfied, null));

        var function = ActivatorUtilities.CreateInstance<CloseSurveyWindows>(_services);
        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        await function.RunAsync(new TimerInfo(), CancellationToken.None);

        var closed = (await surveys.FindAsync(dissatisfied.Id))!;
        Assert.Equal(MajorityVerdict.MostlyDissatisfied, closed.Verdict);
        Assert.True(closed.RedoFlagged);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(0, await box.HeldCountAsync(dissatisfied.Id));
        Assert.Equal(6, (await box.AnswersAsync(dissatisfied.Id)).Count);

        var notices = await OutboxRowsAsync(dissatisfied.Id);
        Assert.Equal(["survey|RedoFlagged|100020", "survey|RedoFlagged|100021", "survey|RedoFlagged|200001", "survey|RedoFlagged|200002", "survey|RedoFlagged|200003"],
            notices.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        var notice = await _services.GetRequiredService<IOutbox>().FindAsync(SurveyNoticeOutbox.IdFor(dissatisfied.Id, SurveyNoticeKind.RedoFlagged, "200001"));
        var card = JsonNode.Parse(notice!.Message.CardJson!)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("补课", card, StringComparison.Ordinal);
        Assert.Contains(@"实验室\\*\\*预约\\*\\*＜b\\>太难＜/b\\>", card, StringComparison.Ordinal);
        Assert.Contains("全体：有效答卷 6，满意率 40.0%，不满意 60.0%", card, StringComparison.Ordinal);

        Assert.Equal(MajorityVerdict.InsufficientResponse, (await surveys.FindAsync(thin.Id))!.Verdict);
        Assert.Equal(["survey|InsufficientResponse|100020", "survey|InsufficientResponse|100021"], (await OutboxRowsAsync(thin.Id)).Select(r => r.RowKey).Order(StringComparer.Ordinal));

        Assert.Null((await surveys.FindAsync(open.Id))!.ClosedAt);
        Assert.Equal(1, await box.HeldCountAsync(open.Id));
        Assert.Empty(await OutboxRowsAsync(open.Id));
    }

    private async Task<List<TableEntity>> OutboxRowsAsync(string surveyId)
    {
        var table = await _services.GetRequiredService<TableClientFactory>().GetTableAsync(SurveyNoticeOutbox.Table);
        return await table.QueryAsync<TableEntity>(r => r.PartitionKey == surveyId).ToListAsync();
    }
}
