using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Plans.Notices;
using RectifyBot.Core.Roster;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.Roster;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Plans;

/// <summary>
/// Plans on Azurite: a small university (校党委 U → 计算机学院党委 JSJ → branch JSJ-1; 外语学院党总支 WY → WY-1), the real
/// plan, area and roster tables, a feedback window the test sets (or the real one a test builds on the world), and a
/// notice renderer that writes the kind as text. Now is 2026-11-27 09:00 CST.
/// </summary>
internal sealed class PlanWorld
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static readonly Person 陈院长 = Member("0100", "陈院长", "JSJ-1", new PositionHolding(Position.PrincipalLeader, "JSJ"));
    public static readonly Person 刘副院长 = Member("0101", "刘副院长", "JSJ-1", new PositionHolding(Position.LeadershipTeamMember, "JSJ"));
    public static readonly Person 孙支书 = Member("0102", "孙支书", "JSJ-1", new PositionHolding(Position.BranchSecretary, "JSJ-1"));
    public static readonly Person 周老师 = Member("0103", "周老师", "JSJ-1");
    public static readonly Person 吴书记 = Member("0200", "吴书记", "WY-1", new PositionHolding(Position.PrincipalLeader, "WY"));
    public static readonly Person 钱办 = Member("0900", "钱办", null, new PositionHolding(Position.OfficeStaff));
    public static readonly Person 王书记 = Member("0001", "王书记", null, new PositionHolding(Position.UniversityPrincipalLeader));

    private PlanWorld(TableClientFactory tables, Func<PlanWorld, IPlanFeedback>? feedback)
    {
        Tables = tables;
        Rosters = new TableRosterRepository(tables);
        Repository = new TablePlanRepository(tables);
        Areas = new TablePlanAreaRepository(tables);
        var transitions = new PlanTransitions(Repository, new PlanNoticeOutbox(new KindAsText(), Time), Queue, NullLogger<PlanTransitions>.Instance, []);
        Actions = new PlanActions(Repository, Areas, Rosters, feedback?.Invoke(this) ?? Feedback, transitions, Time);
    }

    public TableClientFactory Tables { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public TableRosterRepository Rosters { get; }

    public TablePlanRepository Repository { get; }

    public TablePlanAreaRepository Areas { get; }

    public SetFeedback Feedback { get; } = new();

    public RecordingQueue Queue { get; } = new();

    public PlanActions Actions { get; }

    /// <param name="azurite">The storage.</param>
    /// <param name="feedback">Builds the feedback port the plan actions use (null: <see cref="Feedback"/>, set by the test).</param>
    /// <param name="unbound">More people in the roster, not bound to Teams.</param>
    public static async Task<PlanWorld> CreateAsync(AzuriteFixture azurite, Func<PlanWorld, IPlanFeedback>? feedback = null, params Person[] unbound)
    {
        var world = new PlanWorld(StorageTestTables.Create(azurite), feedback);
        var units = new[]
        {
            new OrganisationUnit("U", "某大学党委", UnitKind.UniversityCommittee, null),
            new OrganisationUnit("JSJ", "计算机学院党委", UnitKind.SecondaryCommittee, "U"),
            new OrganisationUnit("JSJ-1", "计算机教工党支部", UnitKind.Branch, "JSJ"),
            new OrganisationUnit("WY", "外语学院党总支", UnitKind.GeneralBranch, "U"),
            new OrganisationUnit("WY-1", "外语教工党支部", UnitKind.Branch, "WY"),
        };
        var people = new[] { 陈院长, 刘副院长, 孙支书, 周老师, 吴书记, 钱办, 王书记 };
        await world.Rosters.SaveNewVersionAsync(new Core.Roster.Roster(units, [.. people, .. unbound]), 钱办.Number, "plans", Start);
        foreach (var person in people)
        {
            await world.Rosters.BindAsync(person.Number, "aad-" + person.Number);
        }

        return world;
    }

    public static PlanItemDraft Item(string problem, PlanHandling handling = PlanHandling.FixNow, string responsible = "0103") => new()
    {
        Problem = problem,
        AreaCode = "teaching",
        Handling = handling,
        Deadline = Today.AddDays(30),
        Explanation = handling == PlanHandling.StepByStep ? "经费需下一年度安排，分步解决" : null,
        Milestones = handling == PlanHandling.StepByStep ? [new Milestone(Today.AddDays(10), "完成调研")] : [],
        ResponsibleUnitCode = "JSJ",
        ResponsiblePersonNumber = responsible,
        Goals = [PlanGoal.ServingThePeople],
    };

    public async Task<PlanDraft> DraftAsync(string unit, Person author, params PlanItemDraft[] items) =>
        (await Repository.SaveDraftAsync(new PlanDraft { UnitCode = unit, AuthorNumber = author.Number, Items = items, StartedAt = Time.GetUtcNow(), UpdatedAt = Time.GetUtcNow() }))!;

    /// <summary>Drafts and publishes a plan of the unit with a window to the end of tomorrow (CST).</summary>
    public async Task<PlanActionOutcome> PublishedAsync(string unit, Person author, params PlanItemDraft[] items)
    {
        await DraftAsync(unit, author, items);
        var outcome = await Actions.PublishAsync(author, unit, PlanScope.Everyone, Today.AddDays(1));
        Assert.Equal(PlanActionResult.Done, outcome.Result);
        return outcome;
    }

    /// <summary>Moves past the window's end (00:00 CST the day after its last day) and closes it with these answers.</summary>
    public async Task<PlanActionOutcome> ClosedAsync(string unit, FeedbackCounts counts, params string[] opinions)
    {
        Feedback.Window = new PlanFeedbackWindow(counts, opinions);
        Time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero));
        return await Actions.CloseWindowAsync(unit, (await Repository.LoadAsync(unit)).Latest!.Version);
    }

    /// <summary>The outbox rows (notices) of a unit's partition, by row key.</summary>
    public async Task<IReadOnlyList<TableEntity>> NoticesAsync(string unit)
    {
        var table = await Tables.GetTableAsync(TablePlanRepository.TableName);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit} and Kind eq {"Outbox"}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static Person Member(string number, string name, string? branch, params PositionHolding[] positions) => new()
    {
        Number = number,
        Name = name,
        PartyUnitCode = branch,
        PartyStatus = branch is null ? PartyStatus.None : PartyStatus.Full,
        Positions = positions,
    };

    public sealed class SetFeedback : IPlanFeedback
    {
        public PlanFeedbackWindow Window { get; set; } = new(FeedbackCounts.None(0), []);

        public int? AskedSeen { get; private set; }

        public FeedbackSubject? SubjectSeen { get; private set; }

        /// <summary>The windows opened, with the scope each was opened for.</summary>
        public ConcurrentQueue<(FeedbackSubject Subject, PlanScope Scope)> Opened { get; } = new();

        public Task<FeedbackOpening> OpenAsync(FeedbackSubject subject, PlanPublication publication, string publisherNumber, Core.Roster.Roster roster, CancellationToken cancellationToken = default)
        {
            Opened.Enqueue((subject, publication.Scope));
            return Task.FromResult(new FeedbackOpening(subject.SurveyId, PlanAudience.For(publication.Scope, subject.UnitCode, roster).Count, [], AlreadyOpen: false));
        }

        public Task TellPublisherAsync(FeedbackOpening opening, Person publisher, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<PlanFeedbackWindow> TallyAsync(FeedbackSubject subject, int asked, CancellationToken cancellationToken = default)
        {
            AskedSeen = asked;
            SubjectSeen = subject;
            return Task.FromResult(Window);
        }
    }

    public sealed class RecordingQueue : IDeliveryQueue
    {
        public ConcurrentQueue<OutboxMessageId> Enqueued { get; } = new();

        public Task EnqueueAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
        {
            Enqueued.Enqueue(id);
            return Task.CompletedTask;
        }
    }

    private sealed class KindAsText : IPlanNotices
    {
        public Task<OutgoingMessage> RenderAsync(PlanNotice notice, CancellationToken cancellationToken = default) =>
            Task.FromResult(OutgoingMessage.PlainText(notice.Kind + (notice.Opinions is { Count: > 0 } o ? ": " + string.Join(" / ", o) : "")));
    }
}
