using Microsoft.Extensions.Logging.Abstractions;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.SummaryReports;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Core.Surveys.Teams;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Mechanisms;
using RectifyBot.Storage.Meetings;
using RectifyBot.Storage.Stages;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Storage;
using static RectifyBot.Storage.Tests.Plans.PlanWorld;
using static RectifyBot.Storage.Tests.Surveys.Feedback.FeedbackWorld;

namespace RectifyBot.Storage.Tests.Surveys.Feedback;

/// <summary>
/// A plan's or status report's feedback window as a survey of its whole scope, on Azurite with the real tables: who is
/// asked and how, opening once, the tally through the one ingestion path (answers held until a batch or the close
/// count), the window that was never opened, the daily catch-up, and the satisfaction-survey close leaving it alone.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedbackSurveysTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(FeedbackSubjectKind.Plan, "JSJ-plan-v3")]
    [InlineData(FeedbackSubjectKind.StatusReport, "JSJ-status-r3")]
    public async Task A_surveys_subject_reads_back_and_a_satisfaction_survey_has_none(FeedbackSubjectKind kind, string id)
    {
        var repository = new TableSurveyRepository(StorageTestTables.Create(azurite));
        var subject = new FeedbackSubject(kind, "JSJ", 3);
        await repository.AddAsync(SurveyStorageData.Survey(subject.SurveyId) with { Subject = subject }, [], []);
        await repository.AddAsync(SurveyStorageData.Survey(), [], []);

        Assert.Equal(id, subject.SurveyId);
        Assert.Equal(subject, (await repository.FindAsync(id))!.Subject);
        Assert.Null((await repository.FindAsync(SurveyStorageData.Survey().Id))!.Subject);
    }

    [Fact]
    public async Task Publishing_asks_the_whole_scope_by_card_in_Teams_and_by_one_time_link_for_the_rest()
    {
        var world = await CreateAsync(azurite);

        var opening = (await world.PublishedAsync(Item("实验室开放时间不足"), Item("食堂排队时间长", PlanHandling.StepByStep))).Feedback!;

        Assert.Equal(("JSJ-plan-v1", false, InTeams.Length, InScope), (opening.SurveyId, opening.AlreadyOpen, opening.InTeams, opening.Asked));
        Assert.Equal(ByLink.Order(StringComparer.Ordinal), opening.Links.Select(l => l.Number!).Order(StringComparer.Ordinal));
        var survey = (await world.Surveys.FindAsync(opening.SurveyId))!;
        Assert.Equal((FeedbackSubject.Plan(Unit, 1), Unit, "计算机学院党委", 陈院长.Number), (survey.Subject, survey.UnitCode, survey.UnitName, survey.CreatedByNumber));
        Assert.Equal((Start, new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero)), (survey.Window.OpensAt, survey.Window.ClosesAt));
        Assert.Equal(InScope, survey.TotalAsked);
        var participants = await world.Surveys.ParticipantsAsync(survey.Id);
        Assert.Equal(InTeams.Order(StringComparer.Ordinal), participants.Where(p => p.Channel == ReplyChannel.Teams).Select(p => p.Number).Order(StringComparer.Ordinal));
        Assert.Equal(ByLink.Order(StringComparer.Ordinal), participants.Where(p => p.Channel == ReplyChannel.Link).Select(p => p.Number).Order(StringComparer.Ordinal));
        foreach (var link in opening.Links)
        {
            Assert.Equal((ParticipantCategory.PartyMember, false), await world.Surveys.FindTokenAsync(survey.Id, SurveyToken.Hash(link.Token)));
        }

        // The cards are in the outbox and on the sending queue, each showing the plan's items.
        Assert.Equal(InTeams.Length, (await world.Mailings.CountAsync(survey.Id)).Invitations);
        Assert.Equal(InTeams.Length, world.Plans.Queue.Enqueued.Count);
        var card = (await new TableOutbox(world.Plans.Tables).FindAsync(world.Mailings.InvitationId(survey.Id, "M01")))!;
        Assert.Equal(("aad-M01", "JSJ-plan-v1 card: 实验室开放时间不足 / 食堂排队时间长"), (card.RecipientAadObjectId, card.Message.Text));
    }

    [Fact]
    public async Task Opening_a_window_again_asks_nobody_again_and_issues_no_new_links()
    {
        var world = await CreateAsync(azurite);
        var first = (await world.PublishedAsync()).Feedback!;
        var version = (await world.Plans.Repository.LoadAsync(Unit)).Latest!;
        world.Plans.Time.Advance(TimeSpan.FromHours(1));

        var again = await world.Feedback.OpenAsync(FeedbackSubject.Plan(Unit, 1), version.Publication, 刘副院长.Number, (await world.Plans.Rosters.LoadCurrentAsync()));

        Assert.Equal((first.SurveyId, true, 0), (again.SurveyId, again.AlreadyOpen, again.InTeams));
        Assert.Empty(again.Links);
        var survey = (await world.Surveys.FindAsync(first.SurveyId))!;
        Assert.Equal((陈院长.Number, Start), (survey.CreatedByNumber, survey.CreatedAt));
        Assert.Equal(InScope, (await world.Surveys.ParticipantsAsync(survey.Id)).Count);
        Assert.Equal(InTeams.Length, (await world.Mailings.CountAsync(survey.Id)).Invitations);
        Assert.Equal(InTeams.Length, world.Plans.Queue.Enqueued.Count);
        Assert.Equal(ByLink.Length, await TokenRowsAsync(world, survey.Id));
    }

    [Fact]
    public async Task When_the_invitation_queue_takes_the_fan_out_the_cards_go_when_its_function_runs()
    {
        var world = await CreateAsync(azurite);
        world.Invitations.Accepts = true;

        var opening = (await world.PublishedAsync()).Feedback!;

        Assert.Equal(opening.SurveyId, Assert.Single(world.Invitations.Queued));
        Assert.Equal(0, (await world.Mailings.CountAsync(opening.SurveyId)).Invitations);
        Assert.Equal(InTeams.Length, await world.FanOut.SendInvitationsAsync(opening.SurveyId));
        Assert.Equal(InTeams.Length, (await world.Mailings.CountAsync(opening.SurveyId)).Invitations);
        Assert.All(world.Cards.Materials, m => Assert.Equal("实验室开放时间不足", Assert.Single(m!.Plan!.Items).Problem));
    }

    [Fact]
    public async Task The_tally_counts_every_answer_given_in_Teams_and_by_link_with_the_opinions_and_held_answers_count_once_the_window_closed()
    {
        var world = await CreateAsync(azurite);
        var opening = (await world.PublishedAsync()).Feedback!;

        // 10 in Teams, then 3 by link: the last 3 stay held (fewer than a batch) until the window has closed.
        await world.AnsweredAsync(opening,
        [
            .. Choices(SatisfactionChoice.Satisfied, 4), .. Choices(SatisfactionChoice.BasicallySatisfied, 3),
            (SatisfactionChoice.Dissatisfied, "开放时间还应延长到晚上十点"), (SatisfactionChoice.DontKnow, null), (null, "希望公布实验室预约方式"),
            (SatisfactionChoice.Dissatisfied, null), (SatisfactionChoice.Satisfied, "很好"), (SatisfactionChoice.DontKnow, null),
        ]);
        Assert.Equal(3, await world.Box.HeldCountAsync(opening.SurveyId));
        world.PassWindow();

        var window = await world.Feedback.TallyAsync(FeedbackSubject.Plan(Unit, 1), asked: 999);

        Assert.Equal(new FeedbackCounts(InScope, 5, 3, 2, 2), window.Counts);
        Assert.Equal(new[] { "开放时间还应延长到晚上十点", "希望公布实验室预约方式", "很好" }.Order(StringComparer.Ordinal), window.Opinions.Order(StringComparer.Ordinal));
        Assert.Equal(0, await world.Box.HeldCountAsync(opening.SurveyId));
        var again = await world.Feedback.TallyAsync(FeedbackSubject.Plan(Unit, 1), asked: 999);
        Assert.Equal((window.Counts, 3), (again.Counts, again.Opinions.Count));
    }

    [Fact]
    public async Task The_units_leader_reminds_those_in_Teams_who_have_not_rated_once_with_the_plan_on_the_card()
    {
        var world = await CreateAsync(azurite);
        var opening = (await world.PublishedAsync(Item("实验室开放时间不足"))).Feedback!;
        await world.AnsweredAsync(opening, Choices(SatisfactionChoice.Satisfied, 3));
        var queued = world.Plans.Queue.Enqueued.Count;

        Assert.Equal(SurveyReminderOutcome.NotAllowed, await world.FanOut.RemindAsync(周老师, opening.SurveyId));
        Assert.Equal(SurveyReminderOutcome.Sent, await world.FanOut.RemindAsync(陈院长, opening.SurveyId));
        Assert.Equal(SurveyReminderOutcome.AlreadyReminded, await world.FanOut.RemindAsync(钱办, opening.SurveyId));

        // The first 3 in Teams rated; the other 7 are reminded, each once; nobody reached by link is.
        Assert.Equal(InTeams.Length - 3, (await world.Mailings.CountAsync(opening.SurveyId)).Reminders);
        Assert.Equal(InTeams.Length - 3, world.Plans.Queue.Enqueued.Count - queued);
        var reminder = (await new TableOutbox(world.Plans.Tables).FindAsync(world.Mailings.ReminderId(opening.SurveyId, "M08")))!;
        Assert.Equal("JSJ-plan-v1 reminder: 实验室开放时间不足", reminder.Message.Text);
        Assert.Null(await new TableOutbox(world.Plans.Tables).FindAsync(world.Mailings.ReminderId(opening.SurveyId, InTeams[0])));
    }

    [Fact]
    public async Task A_person_answers_once_and_a_link_is_used_once()
    {
        var world = await CreateAsync(azurite);
        var opening = (await world.PublishedAsync()).Feedback!;
        var link = opening.Links[0].Token;

        Assert.Null(await world.Replies.AcceptFromTeamsAsync(opening.SurveyId, "M01", SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, null)));
        Assert.Equal(SurveyReplyProblem.AlreadyAnswered, await world.Replies.AcceptFromTeamsAsync(opening.SurveyId, "M01", SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, null)));
        Assert.Equal(SurveyReplyProblem.NotAsked, await world.Replies.AcceptFromTeamsAsync(opening.SurveyId, 吴书记.Number, SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, null)));
        Assert.Null(await world.Replies.AcceptFromLinkAsync(opening.SurveyId, link, SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, null)));
        Assert.Equal(SurveyReplyProblem.TokenUsed, await world.Replies.AcceptFromLinkAsync(opening.SurveyId, link, SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, null)));
        await world.IngestAsync();
        world.PassWindow();

        Assert.Equal(new FeedbackCounts(InScope, 0, 0, 2, 0), (await world.Feedback.TallyAsync(FeedbackSubject.Plan(Unit, 1), InScope)).Counts);
    }

    [Fact]
    public async Task A_window_never_opened_tallies_as_nobody_answered_out_of_the_count_given()
    {
        var world = await CreateAsync(azurite);

        var window = await world.Feedback.TallyAsync(FeedbackSubject.StatusReport(Unit, 4), asked: 37);

        Assert.Equal(FeedbackCounts.None(37), window.Counts);
        Assert.Empty(window.Opinions);
    }

    [Fact]
    public async Task The_daily_run_opens_a_published_versions_window_that_was_never_opened_tells_its_publisher_and_leaves_ended_windows_alone()
    {
        var world = await CreateAsync(azurite);
        await world.Plans.Repository.SaveAsync(Published(Unit, closesAt: new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero)));
        await world.Plans.Repository.SaveAsync(Published("WY", closesAt: Start.AddMinutes(-1)));

        var opened = await world.Plans.Actions.OpenMissingFeedbackAsync();
        var again = await world.Plans.Actions.OpenMissingFeedbackAsync();

        Assert.Equal((1, 0), (opened, again));
        // The publisher learns that it opened and who was asked; the links were printed for nobody, so they are told to reissue them.
        var told = await world.Outbox.FindAsync(SurveyNoticeOutbox.IdFor("JSJ-plan-v1", SurveyNoticeKind.FeedbackOpenedLate, 陈院长.Number));
        Assert.Equal($"FeedbackOpenedLate JSJ-plan-v1: {InTeams.Length} in Teams, {ByLink.Length} by link", told!.Message.Text);
        Assert.Equal("aad-" + 陈院长.Number, told.RecipientAadObjectId);
        Assert.Contains(told.Id, world.Plans.Queue.Enqueued);
        var survey = (await world.Surveys.FindAsync("JSJ-plan-v1"))!;
        Assert.Equal((FeedbackSubject.Plan(Unit, 1), 陈院长.Number, InScope), (survey.Subject, survey.CreatedByNumber, survey.TotalAsked));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), survey.Window.ClosesAt);
        Assert.Equal(InTeams.Length, (await world.Mailings.CountAsync(survey.Id)).Invitations);
        Assert.Equal("实验室开放时间不足", Assert.Single(Assert.Single(world.Cards.Materials.Distinct())!.Plan!.Items).Problem);
        Assert.Null(await world.Surveys.FindAsync("WY-plan-v1"));
    }

    [Fact]
    public async Task The_satisfaction_survey_close_leaves_a_feedback_window_to_its_plan()
    {
        var world = await CreateAsync(azurite);
        var opening = (await world.PublishedAsync()).Feedback!;
        await world.AnsweredAsync(opening, Choices(SatisfactionChoice.Dissatisfied, 6));
        var satisfaction = SurveyStorageData.Survey("JSJ-20261120-abcdef") with { Window = new SurveyWindow(Start.AddDays(-7), Start.AddDays(-1)) };
        await world.Surveys.AddAsync(satisfaction, [], []);
        world.PassWindow();
        var outbox = new TableOutbox(world.Plans.Tables);
        var closing = new SurveyClosing(
            world.Surveys, new SurveyResults(world.Surveys, world.Box, world.Ingestion), world.Plans.Rosters,
            new SurveyNoticeOutbox(outbox, world.Plans.Queue, new NoticeKindAsText(), world.Plans.Time), world.Plans.Time, NullLogger<SurveyClosing>.Instance);
        var queued = world.Plans.Queue.Enqueued.Count;

        var closed = await closing.CloseDueAsync();

        Assert.Equal(1, closed);
        Assert.NotNull((await world.Surveys.FindAsync(satisfaction.Id))!.ClosedAt);
        var window = (await world.Surveys.FindAsync(opening.SurveyId))!;
        Assert.Null(window.ClosedAt);
        Assert.Null(window.Verdict);
        Assert.Null(await outbox.FindAsync(SurveyNoticeOutbox.IdFor(opening.SurveyId, SurveyNoticeKind.RedoFlagged, 钱办.Number)));
        Assert.DoesNotContain(world.Plans.Queue.Enqueued.Skip(queued), id => id.PartitionKey == opening.SurveyId);
    }

    [Fact]
    public async Task The_summary_report_lists_the_units_satisfaction_surveys_and_not_its_feedback_windows()
    {
        var world = await CreateAsync(azurite);
        var opening = (await world.PublishedAsync()).Feedback!;
        await world.AnsweredAsync(opening, [(SatisfactionChoice.Dissatisfied, "方案的时限太长"), .. Choices(SatisfactionChoice.Dissatisfied, 5)]);
        var satisfaction = SurveyStorageData.Survey("JSJ-20261120-abcdef") with { Window = new SurveyWindow(Start.AddDays(-7), Start.AddDays(-1)) };
        await world.Surveys.AddAsync(satisfaction, [], []);
        var tables = world.Plans.Tables;
        var drafting = new SummaryReportDrafting(
            world.Plans.Rosters, new TableStageCalendarRepository(tables), new TableMeasureRepository(tables), world.Plans.Repository, world.Surveys,
            new SurveyResults(world.Surveys, world.Box, world.Ingestion), new TableMeetingRepository(tables), new TableMechanismRepository(tables), new SupervisionOptions(), world.Plans.Time);

        var report = (await drafting.DraftAsync(Unit))!;

        var line = Assert.Single(report.Surveys);
        Assert.Equal((satisfaction.Window.FirstChinaDay, satisfaction.TotalAsked, 0), (line.FirstDay, line.Asked, line.Answers));
        Assert.DoesNotContain(report.Surveys.SelectMany(s => s.Opinions), o => o.Contains("方案", StringComparison.Ordinal));
    }

    private static async Task<int> TokenRowsAsync(FeedbackWorld world, string surveyId)
    {
        var table = await world.Plans.Tables.GetTableAsync(TableSurveyRepository.TokensTable);
        var rows = 0;
        await foreach (var _ in table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == surveyId))
        {
            rows++;
        }

        return rows;
    }

    private static PlanChange Published(string unit, DateTimeOffset closesAt) => new()
    {
        UnitCode = unit,
        Version = new PlanVersion
        {
            UnitCode = unit,
            Version = 1,
            AuthorNumber = unit == Unit ? 陈院长.Number : 吴书记.Number,
            ParentUnitCode = "U",
            Items =
            [
                new PlanItem
                {
                    Problem = "实验室开放时间不足",
                    AreaCode = "teaching",
                    Handling = PlanHandling.FixNow,
                    Deadline = Today.AddDays(30),
                    ResponsibleUnitCode = unit,
                    ResponsiblePersonNumber = unit == Unit ? 周老师.Number : 吴书记.Number,
                    Goals = [PlanGoal.ServingThePeople],
                },
            ],
            Publication = new PlanPublication(PlanScope.Everyone, Start.AddDays(-3), LastDay(closesAt), closesAt),
            Status = PlanStatus.PublishedForSupervision,
        },
    };

    private static DateOnly LastDay(DateTimeOffset closesAt) => Core.Stages.ChinaTime.DateOf(closesAt.AddTicks(-1));

    private sealed class NoticeKindAsText : ISurveyNotices
    {
        public Task<OutgoingMessage> RenderAsync(SurveyNotice notice, CancellationToken cancellationToken = default) =>
            Task.FromResult(OutgoingMessage.PlainText(notice.Kind.ToString()));

        public Task<OutgoingMessage> RenderDigestAsync(Core.Roster.Person recipient, string unitName, IReadOnlyList<string> opinions, CancellationToken cancellationToken = default) =>
            Task.FromResult(OutgoingMessage.PlainText(unitName));
    }
}
