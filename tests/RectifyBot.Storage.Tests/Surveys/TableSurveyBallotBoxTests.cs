using Azure.Data.Tables;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Surveys;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class TableSurveyBallotBoxTests(AzuriteFixture azurite)
{
    private const string SurveyId = "JSJ-20261201-abcdef";
    private readonly TableClientFactory _tables = StorageTestTables.Create(azurite);

    private TableSurveyBallotBox Box => new(_tables);

    [Fact]
    public async Task A_ballot_is_held_once_however_often_it_arrives()
    {
        Assert.True(await Box.HoldAsync(SurveyId, "ballot-1", SurveyStorageData.Answer(SatisfactionChoice.Satisfied)));
        Assert.False(await Box.HoldAsync(SurveyId, "ballot-1", SurveyStorageData.Answer(SatisfactionChoice.Satisfied)));

        Assert.Equal(1, await Box.HeldCountAsync(SurveyId));
    }

    [Fact]
    public async Task A_ballot_counted_and_written_out_still_counts_once_when_it_arrives_again()
    {
        await Box.HoldAsync(SurveyId, "ballot-1", SurveyStorageData.Answer(SatisfactionChoice.Satisfied));
        Assert.Equal(1, await Box.FlushAsync(SurveyId, 1));

        Assert.False(await Box.HoldAsync(SurveyId, "ballot-1", SurveyStorageData.Answer(SatisfactionChoice.Satisfied)));
        Assert.Equal(0, await Box.HeldCountAsync(SurveyId));
        Assert.Single(await Box.AnswersAsync(SurveyId));
    }

    [Fact]
    public async Task Held_answers_are_not_results_until_written()
    {
        await Box.HoldAsync(SurveyId, "b1", SurveyStorageData.Answer(SatisfactionChoice.Dissatisfied));

        Assert.Empty(await Box.AnswersAsync(SurveyId));
    }

    [Fact]
    public async Task Flushing_moves_every_held_answer_exactly_once_with_its_content()
    {
        var opinions = Enumerable.Range(0, 123).Select(i => "意见" + i).ToList();
        foreach (var (opinion, i) in opinions.Select((o, i) => (o, i)))
        {
            await Box.HoldAsync(SurveyId, "b" + i, SurveyStorageData.Answer(SatisfactionChoice.BasicallySatisfied, opinion) with
            {
                Extras = new Dictionary<string, SatisfactionChoice> { ["q1"] = SatisfactionChoice.DontKnow },
            });
        }

        var results = await Task.WhenAll(Box.FlushAsync(SurveyId, 1), Box.FlushAsync(SurveyId, 1));

        Assert.Equal(123, results.Sum());
        var answers = await Box.AnswersAsync(SurveyId);
        Assert.Equal(opinions.Order(StringComparer.Ordinal), answers.Select(a => a.Opinion!).Order(StringComparer.Ordinal));
        Assert.All(answers, a => Assert.Equal(SatisfactionChoice.DontKnow, a.Extras["q1"]));
        Assert.Equal(0, await Box.HeldCountAsync(SurveyId));
    }

    [Fact]
    public async Task Answers_are_stored_in_an_order_unrelated_to_their_arrival()
    {
        for (var i = 0; i < 40; i++)
        {
            await Box.HoldAsync(SurveyId, "b" + i, SurveyStorageData.Answer(SatisfactionChoice.Satisfied, i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        await Box.FlushAsync(SurveyId, 1);

        var stored = (await Box.AnswersAsync(SurveyId)).Select(a => a.Opinion!).ToList();
        Assert.NotEqual(stored.Order(StringComparer.Ordinal), stored);
        Assert.NotEqual(stored.OrderDescending(StringComparer.Ordinal), stored);
    }

    [Fact]
    public async Task A_written_answer_row_holds_only_the_answer()
    {
        await Box.HoldAsync(SurveyId, "secret-ballot", SurveyStorageData.Answer(SatisfactionChoice.Satisfied, "好"));
        await Box.FlushAsync(SurveyId, 1);

        var table = await _tables.GetTableAsync(TableSurveyBallotBox.Table);
        var row = Assert.Single(table.Query<TableEntity>(e => e.RowKey.CompareTo("a|") >= 0 && e.RowKey.CompareTo("a}") < 0));
        Assert.Equal(["Category", "Choice", "Opinion", "Source"], row.Select(p => p.Key).Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(row.Select(p => p.Value), v => v?.ToString()?.Contains("secret-ballot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Fewer_held_answers_than_the_minimum_are_not_written()
    {
        for (var i = 0; i < 4; i++)
        {
            await Box.HoldAsync(SurveyId, "b" + i, SurveyStorageData.Answer(SatisfactionChoice.Satisfied));
        }

        Assert.Equal(0, await Box.FlushAsync(SurveyId, SurveyLimits.MinimumBatch));
        Assert.Empty(await Box.AnswersAsync(SurveyId));
        Assert.Equal(4, await Box.HeldCountAsync(SurveyId));
    }
}
