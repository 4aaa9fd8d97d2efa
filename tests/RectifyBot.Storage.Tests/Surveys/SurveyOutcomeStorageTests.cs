using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Surveys;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Surveys;

/// <summary>What happens to a survey after creation, on Azurite: its close outcome, reissued links for a printed sheet, a suggestion box's digest marks.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SurveyOutcomeStorageTests(AzuriteFixture azurite)
{
    private readonly TableClientFactory _tables = StorageTestTables.Create(azurite);

    private TableSurveyRepository Repository => new(_tables);

    private TableSurveyBallotBox Box => new(_tables);

    [Fact]
    public async Task The_close_outcome_and_publication_read_back_and_every_survey_is_listed()
    {
        var survey = SurveyStorageData.Survey("JSJ-20261201-" + Guid.NewGuid().ToString("N")[..6]);
        await Repository.AddAsync(survey, [], []);
        var closedAt = new DateTimeOffset(2026, 12, 9, 1, 0, 0, TimeSpan.Zero);

        await Repository.SaveOutcomeAsync(survey with { ClosedAt = closedAt, Verdict = MajorityVerdict.MostlyDissatisfied, PublishedAt = closedAt.AddHours(2) });

        var read = (await Repository.FindAsync(survey.Id))!;
        Assert.Equal(closedAt, read.ClosedAt);
        Assert.True(read.RedoFlagged);
        Assert.Equal(closedAt.AddHours(2), read.PublishedAt);
        Assert.Equal(survey.Seed, read.Seed);
        Assert.Contains(await Repository.ListAsync(), s => s.Id == survey.Id);
    }

    [Fact]
    public async Task Links_are_reissued_while_none_is_used_and_never_after()
    {
        var survey = SurveyStorageData.Survey("JSJ-20261201-" + Guid.NewGuid().ToString("N")[..6]);
        var first = SurveyToken.New();
        await Repository.AddAsync(survey, [], [new IssuedToken(first, ParticipantCategory.ServiceRecipient, null)]);
        var second = SurveyToken.New();

        Assert.True(await Repository.ReissueTokensAsync(survey.Id, [new IssuedToken(second, ParticipantCategory.ServiceRecipient, null)]));
        Assert.Null(await Repository.FindTokenAsync(survey.Id, SurveyToken.Hash(first)));
        Assert.True((await Repository.UseTokenAsync(survey.Id, SurveyToken.Hash(second))).IsAccepted);

        Assert.False(await Repository.ReissueTokensAsync(survey.Id, [new IssuedToken(SurveyToken.New(), ParticipantCategory.ServiceRecipient, null)]));
        Assert.Equal((ParticipantCategory.ServiceRecipient, true), await Repository.FindTokenAsync(survey.Id, SurveyToken.Hash(second)));
    }

    [Fact]
    public async Task A_boxs_written_opinions_are_undigested_until_marked()
    {
        var boxId = SuggestionBox.BoxId("JSJ" + Guid.NewGuid().ToString("N")[..6]);
        for (var i = 0; i < 5; i++)
        {
            await Box.HoldAsync(boxId, "b" + i, SuggestionBox.Opinion("意见" + i));
        }

        Assert.Empty(await Box.UndigestedAsync(boxId));
        Assert.Equal(5, await Box.FlushAsync(boxId, 5));
        var undigested = await Box.UndigestedAsync(boxId);
        Assert.Equal(5, undigested.Count);

        await Box.MarkDigestedAsync(boxId, [.. undigested.Take(3).Select(a => a.Key)]);

        Assert.Equal(2, (await Box.UndigestedAsync(boxId)).Count);
        Assert.Equal(5, (await Box.AnswersAsync(boxId)).Count);
    }
}
