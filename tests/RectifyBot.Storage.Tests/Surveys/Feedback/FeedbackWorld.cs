using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.StatusReports;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Feedback;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Core.Surveys.Teams;
using RectifyBot.Storage.Conversations;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Ledger;
using RectifyBot.Storage.StatusReports;
using RectifyBot.Storage.Surveys;
using RectifyBot.Storage.Tests.Plans;
using RectifyBot.Storage.Tests.StatusReports;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Surveys.Feedback;

/// <summary>
/// The plan world (<see cref="PlanWorld"/>) with its feedback windows as real surveys: the survey, ballot box, mailing
/// and conversation-address tables, the fan-out, the reply acceptance and the one ingestion path. 计算机学院党委 (JSJ)
/// has 20 people: the plan world's 陈院长, 刘副院长, 孙支书 and 周老师 plus 16 members M01..M16 of its branch. The bot can
/// message 陈院长, 周老师 and M01..M08 (a stored conversation address); 刘副院长 and 孙支书 are bound to Teams but never
/// opened the bot, M09..M16 have no Teams: those 10 rate through one-time links. Cards render as text naming the
/// material's items; accepted replies wait on <see cref="QueuedReplies"/> until <see cref="IngestAsync"/> runs them
/// through the ingestion as the IngestSurveyReply function does.
/// </summary>
internal sealed class FeedbackWorld
{
    public const string Unit = "JSJ";
    public const int InScope = 20;

    public static readonly string[] InTeams = ["0100", "0103", .. Members(1, 8)];
    public static readonly string[] ByLink = ["0101", "0102", .. Members(9, 16)];

    private FeedbackWorld(PlanWorld plans)
    {
        Plans = plans;
        Surveys = new TableSurveyRepository(plans.Tables);
        Box = new TableSurveyBallotBox(plans.Tables);
        Mailings = new TableSurveyMailings(plans.Tables);
        Addresses = new TableConversationAddressBook(plans.Tables);
        Reports = new TableStatusReportRepository(plans.Tables);
        var materials = new FeedbackMaterials(plans.Repository, Reports, plans.Rosters);
        var reach = new TeamsReach(Addresses);
        FanOut = new SurveyFanOut(Surveys, Mailings, Cards, plans.Queue, reach, plans.Rosters, materials, plans.Time, NullLogger<SurveyFanOut>.Instance);
        Ingestion = new SurveyIngestion(Surveys, Box, new SurveyFlushTurns(), plans.Time, NullLogger<SurveyIngestion>.Instance);
        Replies = new SurveyReplies(Surveys, QueuedReplies, plans.Time);
        Outbox = new TableOutbox(plans.Tables);
        var notices = new SurveyNoticeOutbox(Outbox, plans.Queue, new NoticeAsText(), plans.Time);
        Feedback = new FeedbackSurveys(Surveys, Box, Ingestion, reach, Invitations, FanOut, notices, plans.Time, NullLogger<FeedbackSurveys>.Instance);
        Status = new StatusPublishing(
            Reports, plans.Repository, new LedgerQuery(plans.Rosters, new TableLedgerReader(plans.Tables), plans.Time), plans.Rosters, Feedback,
            new StatusPublishingTests.StatusAsText(), plans.Queue, plans.Time, NullLogger<StatusPublishing>.Instance);
    }

    public PlanWorld Plans { get; }

    public TableSurveyRepository Surveys { get; }

    public TableSurveyBallotBox Box { get; }

    public TableSurveyMailings Mailings { get; }

    /// <summary>Where survey notices go (table Outbox), rendered by <see cref="NoticeAsText"/>.</summary>
    public TableOutbox Outbox { get; }

    public TableConversationAddressBook Addresses { get; }

    public RecordingCards Cards { get; } = new();

    public InvitationQueue Invitations { get; } = new();

    public ReplyQueue QueuedReplies { get; } = new();

    public SurveyFanOut FanOut { get; }

    public SurveyIngestion Ingestion { get; }

    public SurveyReplies Replies { get; }

    public FeedbackSurveys Feedback { get; }

    public TableStatusReportRepository Reports { get; }

    /// <summary>公布整改情况 with its windows opened and tallied by <see cref="Feedback"/>.</summary>
    public StatusPublishing Status { get; }

    public static async Task<FeedbackWorld> CreateAsync(AzuriteFixture azurite)
    {
        FeedbackWorld? world = null;
        var members = Members(1, 16).Select(n => PlanWorld.Member(n, "群众" + n, "JSJ-1")).ToArray();
        var plans = await PlanWorld.CreateAsync(azurite, w => (world = new FeedbackWorld(w)).Feedback, members);
        foreach (var number in Members(1, 8))
        {
            await plans.Rosters.BindAsync(number, "aad-" + number);
        }

        foreach (var number in InTeams)
        {
            await world!.Addresses.SaveAsync(new ConversationAddress("aad-" + number, "tenant", TableConversationAddressBook.TeamsChannelId, "a:" + number, "https://smba.example/", "zh-CN", "{}", PlanWorld.Start));
        }

        return world!;
    }

    /// <summary>Publishes JSJ's plan to everyone under it with a window to the end of tomorrow (CST); the window is opened.</summary>
    public Task<PlanActionOutcome> PublishedAsync(params PlanItemDraft[] items) =>
        Plans.PublishedAsync(Unit, PlanWorld.陈院长, items.Length > 0 ? items : [PlanWorld.Item("实验室开放时间不足")]);

    /// <summary>Moves past the plan window's end (00:00 CST the day after its last day).</summary>
    public void PassWindow() => Plans.Time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero));

    /// <summary>JSJ's plan published, rated 满意 by 5 in Teams and accepted when its window closed: its two items are in the ledger.</summary>
    public async Task AcceptedAsync()
    {
        await AnsweredAsync((await PublishedAsync(PlanWorld.Item("实验室开放时间不足"), PlanWorld.Item("食堂排队时间长", PlanHandling.StepByStep))).Feedback!, Choices(SatisfactionChoice.Satisfied, 5));
        PassWindow();
        Assert.Equal(PlanActionResult.Done, (await Plans.Actions.CloseWindowAsync(Unit, 1)).Result);
        Assert.Equal(PlanStatus.Accepted, (await Plans.Repository.LoadAsync(Unit)).Latest!.Status);
    }

    /// <summary>
    /// Answers as people in the scope would, in the order given: those in Teams through their card, the others through
    /// their one-time link (from <paramref name="opening"/>); returns each reply's problem (null: accepted).
    /// </summary>
    public async Task<IReadOnlyList<SurveyReplyProblem?>> AnswerAsync(FeedbackOpening opening, params (SatisfactionChoice? Choice, string? Opinion)[] answers)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var people = InTeams.Select(n => (Number: n, Link: (string?)null)).Concat(opening.Links.Select(l => (Number: l.Number!, Link: (string?)l.Token))).ToList();
        var problems = new List<SurveyReplyProblem?>();
        foreach (var ((choice, opinion), (number, link)) in answers.Zip(people))
        {
            var form = SurveyReplyForm.Of(choice, opinion);
            problems.Add(link is null
                ? await Replies.AcceptFromTeamsAsync(opening.SurveyId, number, form)
                : await Replies.AcceptFromLinkAsync(opening.SurveyId, link, form));
        }

        return problems;
    }

    /// <summary>Runs every queued reply through the ingestion, as the IngestSurveyReply function does.</summary>
    public async Task IngestAsync()
    {
        while (QueuedReplies.Replies.TryDequeue(out var reply))
        {
            await Ingestion.IngestAsync(reply);
        }
    }

    /// <summary>Answers (<see cref="AnswerAsync"/>) and ingests; every answer must be accepted.</summary>
    public async Task AnsweredAsync(FeedbackOpening opening, params (SatisfactionChoice? Choice, string? Opinion)[] answers)
    {
        Assert.All(await AnswerAsync(opening, answers), Assert.Null);
        await IngestAsync();
    }

    /// <summary>Answers of one choice and no opinion.</summary>
    public static (SatisfactionChoice? Choice, string? Opinion)[] Choices(SatisfactionChoice choice, int count) =>
        [.. Enumerable.Repeat<(SatisfactionChoice?, string?)>((choice, null), count)];

    private static string[] Members(int first, int last) =>
        [.. Enumerable.Range(first, last - first + 1).Select(i => "M" + i.ToString("D2", CultureInfo.InvariantCulture))];

    /// <summary>Renders a survey card as text: the survey, whether a reminder, and the problems of the material shown.</summary>
    public sealed class RecordingCards : ISurveyCards
    {
        public ConcurrentQueue<FeedbackMaterial?> Materials { get; } = new();

        public OutgoingMessage Invitation(Survey survey, FeedbackMaterial? material, UserLanguage language, bool reminder)
        {
            ArgumentNullException.ThrowIfNull(survey);
            Materials.Enqueue(material);
            var items = material?.Plan?.Items.Select(i => i.Problem) ?? [];
            return OutgoingMessage.PlainText($"{survey.Id} {(reminder ? "reminder" : "card")}: {string.Join(" / ", items)}");
        }
    }

    /// <summary>The survey-invitations queue: takes nothing unless <see cref="Accepts"/> (then the fan-out waits for <see cref="SurveyFanOut.SendInvitationsAsync(string, CancellationToken)"/>).</summary>
    public sealed class InvitationQueue : ISurveyInvitationQueue
    {
        public bool Accepts { get; set; }

        public ConcurrentQueue<string> Queued { get; } = new();

        public Task<bool> TryEnqueueAsync(string surveyId, CancellationToken cancellationToken = default)
        {
            if (Accepts)
            {
                Queued.Enqueue(surveyId);
            }

            return Task.FromResult(Accepts);
        }
    }

    /// <summary>The survey-replies queue, in memory.</summary>
    public sealed class ReplyQueue : ISurveyReplyQueue
    {
        public ConcurrentQueue<SurveyReply> Replies { get; } = new();

        public Task EnqueueAsync(SurveyReply reply, CancellationToken cancellationToken = default)
        {
            Replies.Enqueue(reply);
            return Task.CompletedTask;
        }
    }

    /// <summary>Survey notices as text: the kind, and for a late opening who was asked ("FeedbackOpenedLate JSJ-plan-v1: 10 in Teams, 10 by link").</summary>
    public sealed class NoticeAsText : ISurveyNotices
    {
        public Task<OutgoingMessage> RenderAsync(SurveyNotice notice, CancellationToken cancellationToken = default) =>
            Task.FromResult(OutgoingMessage.PlainText(notice.Opening is { } opening
                ? string.Create(CultureInfo.InvariantCulture, $"{notice.Kind} {opening.SurveyId}: {opening.InTeams} in Teams, {opening.Links.Count} by link")
                : notice.Kind.ToString()));

        public Task<OutgoingMessage> RenderDigestAsync(Core.Roster.Person recipient, string unitName, IReadOnlyList<string> opinions, CancellationToken cancellationToken = default) =>
            Task.FromResult(OutgoingMessage.PlainText(unitName));
    }
}
