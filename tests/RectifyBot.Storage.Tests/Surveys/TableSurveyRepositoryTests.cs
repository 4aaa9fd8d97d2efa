using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class TableSurveyRepositoryTests(AzuriteFixture azurite)
{
    private readonly TableSurveyRepository _repository = new(StorageTestTables.Create(azurite));

    [Fact]
    public async Task A_survey_reads_back_with_its_window_seed_quotas_and_questions()
    {
        var survey = SurveyStorageData.Survey();
        await _repository.AddAsync(survey, [], []);

        var read = await _repository.FindAsync(survey.Id);

        Assert.NotNull(read);
        Assert.Equal(survey.Window, read.Window);
        Assert.Equal(survey.Seed, read.Seed);
        Assert.Equal(survey.Quotas, read.Quotas);
        Assert.Equal(survey.ExtraQuestions, read.ExtraQuestions);
        Assert.Equal(survey.AskedCounts, read.AskedCounts);
        Assert.Equal(survey.Id, Assert.Single(await _repository.ForUnitAsync("JSJ")).Id);
    }

    [Theory]
    [InlineData("no-such-survey")]
    [InlineData("a/b")]
    [InlineData("x?y#z")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_survey_id_finds_nothing(string id) => Assert.Null(await _repository.FindAsync(id));

    [Fact]
    public async Task Of_two_concurrent_taps_exactly_one_marks_the_participant_answered()
    {
        var survey = SurveyStorageData.Survey();
        await _repository.AddAsync(survey, [new SampledParticipant("M0001", ParticipantCategory.PartyMember, ReplyChannel.Teams)], []);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _repository.MarkAnsweredAsync(survey.Id, "M0001")));

        Assert.Single(results, r => r.IsAccepted);
        Assert.All(results.Where(r => !r.IsAccepted), r => Assert.Equal(SurveyReplyProblem.AlreadyAnswered, r.Problem));
        Assert.True((await _repository.FindParticipantAsync(survey.Id, "M0001"))!.Answered);
        Assert.Equal(SurveyReplyProblem.NotAsked, (await _repository.MarkAnsweredAsync(survey.Id, "X0001")).Problem);
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored_and_it_is_used_once()
    {
        var survey = SurveyStorageData.Survey();
        var token = SurveyToken.New();
        await _repository.AddAsync(survey, [], [new IssuedToken(token, ParticipantCategory.ServiceRecipient, null)]);

        Assert.Equal((ParticipantCategory.ServiceRecipient, false), await _repository.FindTokenAsync(survey.Id, SurveyToken.Hash(token)));
        Assert.True((await _repository.UseTokenAsync(survey.Id, SurveyToken.Hash(token))).IsAccepted);
        Assert.Equal(SurveyReplyProblem.TokenUsed, (await _repository.UseTokenAsync(survey.Id, SurveyToken.Hash(token))).Problem);
        Assert.Null(await _repository.FindTokenAsync(survey.Id, token));
        Assert.Equal(SurveyReplyProblem.UnknownToken, (await _repository.UseTokenAsync(survey.Id, SurveyToken.Hash(SurveyToken.New()))).Problem);
    }

    [Fact]
    public async Task Thousands_of_participants_are_stored_in_transactions_of_one_partition()
    {
        var survey = SurveyStorageData.Survey();
        var people = Enumerable.Range(0, 1234).Select(i => new SampledParticipant("P" + i, ParticipantCategory.GrassrootsMasses, ReplyChannel.Link)).ToList();

        await _repository.AddAsync(survey, people, []);

        Assert.Equal(1234, (await _repository.ParticipantsAsync(survey.Id)).Count);
    }

    [Fact]
    public async Task A_paper_entry_keeps_who_entered_it_and_a_second_entry_of_the_same_form_changes_nothing()
    {
        var survey = SurveyStorageData.Survey();
        var at = new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

        await _repository.RecordPaperEntryAsync(new PaperEntryRecord(survey.Id, "e1", "L001", at, 40, 3));
        await _repository.RecordPaperEntryAsync(new PaperEntryRecord(survey.Id, "e1", "L002", at.AddHours(1), 41, 3));

        Assert.Equal(new PaperEntryRecord(survey.Id, "e1", "L001", at, 40, 3), Assert.Single(await _repository.PaperEntriesAsync(survey.Id)));
    }
}
