using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

public sealed class PaperBallotsTests
{
    private readonly InMemorySurveys _store = new();
    private readonly PaperBallots _paper;
    private readonly Survey _survey = SurveyTestData.Survey();

    public PaperBallotsTests()
    {
        _paper = new PaperBallots(_store, _store, new FakeTimeProvider(SurveyTestData.Now.AddDays(2)));
        _store.AddAsync(_survey, [], []).GetAwaiter().GetResult();
    }

    private PaperEntry Entry(string id = "e1") => new(_survey.Id, id, ReplySource.Paper,
        [new PaperCount(ParticipantCategory.PartyMember, 3, 2, 1, 1, 1), new PaperCount(ParticipantCategory.DemocraticPartyMember, 1, 0, 0, 0, 0)],
        ["食堂要改进", "  "]);

    [Fact]
    public async Task Counts_become_one_anonymous_reply_per_ballot_and_opinions_join_the_list()
    {
        Assert.Null(await _paper.EnterAsync(SurveyRosters.陈院长, Entry()));

        Assert.Equal(10, _store.Queued.Count);
        var tally = SurveyTally.Of(_survey, _store.Queued.Select(r => r.Answer).ToList());
        Assert.Equal(new SatisfactionCounts(4, 2, 1, 1, 2), tally.Overall);
        Assert.Equal(["食堂要改进"], tally.Opinions);

        // 3 democratic-party members were asked: their ballot is stored as Other.
        Assert.Equal(1, _store.Queued.Count(r => r.Answer is { Category: ParticipantCategory.Other, Choice: SatisfactionChoice.Satisfied }));
        Assert.All(_store.Queued, r => Assert.Equal(ReplySource.Paper, r.Answer.Source));
    }

    [Fact]
    public async Task Who_entered_the_ballots_is_kept_and_entering_the_same_form_again_counts_nothing_twice()
    {
        await _paper.EnterAsync(SurveyRosters.陈院长, Entry());
        await _paper.EnterAsync(SurveyRosters.陈院长, Entry());

        var record = Assert.Single(_store.PaperEntries);
        Assert.Equal(("L001", 9, 1), (record.EnteredByNumber, record.Answers, record.Opinions));

        // The second entry queues the same ballot ids: ingestion counts each once.
        Assert.Equal(10, _store.Queued.Select(r => r.BallotId).Distinct().Count());
    }

    [Fact]
    public async Task Only_the_units_organisers_may_enter_ballots()
    {
        Assert.Equal(SurveyReplyProblem.NotAsked, await _paper.EnterAsync(SurveyRosters.Computing().Person("M0001")!, Entry()));
        Assert.Empty(_store.Queued);
        Assert.Empty(_store.PaperEntries);
    }

    [Fact]
    public async Task A_transcribed_opinion_over_the_limit_or_a_negative_count_is_refused()
    {
        var tooLong = Entry() with { Opinions = [new string('改', SurveyLimits.OpinionMaxLength + 1)] };
        var negative = Entry() with { Counts = [new PaperCount(ParticipantCategory.PartyMember, -1, 0, 0, 0, 0)] };

        Assert.Equal(SurveyReplyProblem.OpinionTooLong, await _paper.EnterAsync(SurveyRosters.陈院长, tooLong));
        Assert.Equal(SurveyReplyProblem.Empty, await _paper.EnterAsync(SurveyRosters.陈院长, negative));
        Assert.Empty(_store.Queued);
    }
}
