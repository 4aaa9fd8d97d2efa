using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

public sealed class SurveyRepliesTests
{
    private readonly InMemorySurveys _store = new();
    private readonly FakeTimeProvider _time = new(SurveyTestData.Now.AddHours(10));
    private readonly SurveyReplies _replies;
    private readonly Survey _survey = SurveyTestData.Survey();
    private readonly string _token = SurveyToken.New();
    private readonly string _recipientToken = SurveyToken.New();

    public SurveyRepliesTests()
    {
        _replies = new SurveyReplies(_store, _store, _time);
        _store.AddAsync(_survey,
            [new SampledParticipant("M0001", ParticipantCategory.PartyMember, ReplyChannel.Teams), new SampledParticipant("D0001", ParticipantCategory.DemocraticPartyMember, ReplyChannel.Teams)],
            [new IssuedToken(_token, ParticipantCategory.PartyMember, "M0002"), new IssuedToken(_recipientToken, ParticipantCategory.ServiceRecipient, null)]).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_Teams_reply_is_queued_without_the_persons_number()
    {
        Assert.Null(await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, "  多听群众意见  ")));

        var reply = Assert.Single(_store.Queued);
        Assert.Equal("多听群众意见", reply.Answer.Opinion);
        Assert.Equal(ParticipantCategory.PartyMember, reply.Answer.Category);
        Assert.DoesNotContain("M0001", System.Text.Json.JsonSerializer.Serialize(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_tap_is_refused_and_queued_once()
    {
        var form = SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, null);

        Assert.Null(await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", form));
        Assert.Equal(SurveyReplyProblem.AlreadyAnswered, await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", form));
        Assert.Single(_store.Queued);
    }

    [Fact]
    public async Task Someone_not_drawn_cannot_answer() =>
        Assert.Equal(SurveyReplyProblem.NotAsked, await _replies.AcceptFromTeamsAsync(_survey.Id, "X0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));

    [Fact]
    public async Task A_small_category_is_queued_as_other() // 3 democratic-party members were asked: fewer than 5
    {
        await _replies.AcceptFromTeamsAsync(_survey.Id, "D0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null));

        Assert.Equal(ParticipantCategory.Other, Assert.Single(_store.Queued).Answer.Category);
    }

    [Fact]
    public async Task A_reply_after_the_window_is_refused_and_nothing_is_queued()
    {
        _time.SetUtcNow(_survey.Window.ClosesAt);

        Assert.Equal(SurveyReplyProblem.WindowClosed, await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));
        Assert.Equal(SurveyReplyProblem.WindowClosed, await _replies.AcceptFromLinkAsync(_survey.Id, _token, SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));
        Assert.Empty(_store.Queued);
        Assert.False((await _store.FindParticipantAsync(_survey.Id, "M0001"))!.Answered);
    }

    [Fact]
    public async Task A_reply_before_the_window_opens_is_refused()
    {
        var early = new SurveyReplies(_store, _store, new FakeTimeProvider(_survey.Window.OpensAt.AddTicks(-1)));

        Assert.Equal(SurveyReplyProblem.NotYetOpen, await early.AcceptFromTeamsAsync(_survey.Id, "M0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));
        Assert.Empty(_store.Queued);
    }

    [Fact]
    public async Task A_link_is_accepted_once()
    {
        var form = SurveyReplyForm.Of(SatisfactionChoice.BasicallySatisfied, null);

        Assert.Null(await _replies.AcceptFromLinkAsync(_survey.Id, _token, form));
        Assert.Equal(SurveyReplyProblem.TokenUsed, await _replies.AcceptFromLinkAsync(_survey.Id, _token, form));
        var reply = Assert.Single(_store.Queued);
        Assert.Equal(SurveyToken.Hash(_token), reply.BallotId);
        Assert.Equal(ReplySource.Web, reply.Answer.Source);
    }

    [Fact]
    public async Task A_service_recipients_unnamed_link_tags_the_answer_with_its_category_only_if_five_were_issued()
    {
        await _replies.AcceptFromLinkAsync(_survey.Id, _recipientToken, SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null));

        Assert.Equal(ParticipantCategory.Other, Assert.Single(_store.Queued).Answer.Category);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData(null)]
    public async Task A_forged_or_malformed_link_is_refused(string? token) =>
        Assert.Equal(SurveyReplyProblem.UnknownToken, await _replies.AcceptFromLinkAsync(_survey.Id, token, SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));

    [Fact]
    public async Task An_unknown_survey_is_refused() =>
        Assert.Equal(SurveyReplyProblem.UnknownSurvey, await _replies.AcceptFromTeamsAsync("nope", "M0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));

    [Fact]
    public async Task An_opinion_over_the_limit_is_refused_not_cut()
    {
        var form = SurveyReplyForm.Of(SatisfactionChoice.Satisfied, new string('改', SurveyLimits.OpinionMaxLength + 1));

        Assert.Equal(SurveyReplyProblem.OpinionTooLong, await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", form));
        Assert.Empty(_store.Queued);
        Assert.Null(await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, new string('改', SurveyLimits.OpinionMaxLength))));
    }

    [Fact]
    public async Task An_empty_reply_is_refused() =>
        Assert.Equal(SurveyReplyProblem.Empty, await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", SurveyReplyForm.Of(null, " \n ")));

    [Fact]
    public async Task When_the_queue_fails_the_person_can_answer_again()
    {
        _store.QueueFails = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _replies.AcceptFromLinkAsync(_survey.Id, _token, SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));

        _store.QueueFails = false;
        Assert.Null(await _replies.AcceptFromTeamsAsync(_survey.Id, "M0001", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));
        Assert.Null(await _replies.AcceptFromLinkAsync(_survey.Id, _token, SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));
    }
}
