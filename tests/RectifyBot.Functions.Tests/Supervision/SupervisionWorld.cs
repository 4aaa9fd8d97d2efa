using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Functions.Supervision;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Teams.Supervision;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// A small university on Azurite, wired as the Functions host wires it, with a fake clock: committee 计算机学院党委
/// (principal leader 林书记), its branch 教工第一支部 (committee member 王委员, who reviews), members 张伟 and 李娜, and
/// 赵强 who never submits. Stage: start 2026-11-01, measures due 2026-12-01, stage ends 2026-12-31, consolidation
/// until 2027-03-01. Each simulated day runs the nightly reconciliation at 02:00 CST and the reminders at 09:00 CST.
/// </summary>
public sealed class SupervisionWorld : IAsyncDisposable
{
    public const string Leader = "L001";
    public const string Reviewer = "R001";
    public const string ZhangWei = "M001";
    public const string LiNa = "M002";
    public const string ZhaoQiang = "M003";
    public const string Committee = "C-JSJ";
    public const string Branch = "C-JSJ-T1";
    public static readonly StageCalendar Stage = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 3, 1));

    private readonly ServiceProvider _services;

    /// <summary>A calendar date, short for the day-by-day expectations.</summary>
    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>A reminder's log key, as <see cref="Sent"/> lists it.</summary>
    public static string Key(string kind, string subject, ReminderKind reminder, DateOnly day) => $"{kind}|{subject}|{reminder}|{day:yyyy-MM-dd}";

    private SupervisionWorld(ServiceProvider services, FakeTimeProvider clock)
    {
        _services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    public RecordingDeliveryQueue Queue => _services.GetRequiredService<RecordingDeliveryQueue>();

    public RecordingSupervisionCards Cards => _services.GetRequiredService<RecordingSupervisionCards>();

    public static async Task<SupervisionWorld> CreateAsync(AzuriteFixture azurite, DateOnly firstDay, IEnumerable<Person>? extraPeople = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
            ["Storage:QueuePrefix"] = AzuriteFixture.UniquePrefix(),
        }).Build();
        var clock = new FakeTimeProvider(ChinaTime.StartOfDayUtc(firstDay).AddHours(-7));
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddRectifyBotFunctions(configuration)
            .AddSingleton<RecordingDeliveryQueue>()
            .AddSingleton<IDeliveryQueue>(sp => sp.GetRequiredService<RecordingDeliveryQueue>())
            .AddSingleton<SupervisionCards>()
            .AddSingleton<RecordingSupervisionCards>()
            .AddSingleton<ISupervisionCards>(sp => sp.GetRequiredService<RecordingSupervisionCards>())
            .BuildServiceProvider();
        var world = new SupervisionWorld(services, clock);
        await world.SeedAsync(extraPeople ?? []);
        return world;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    public static Person Member(string number, string name, string unit = Branch, params PositionHolding[] positions) => new()
    {
        Number = number,
        Name = name,
        PartyUnitCode = unit,
        PartyStatus = PartyStatus.Full,
        Positions = positions,
    };

    /// <summary>Saves an approved version of one problem for the member through the measure transitions (so the index is written first) and returns its entry.</summary>
    public async Task<LedgerEntry> ApproveAsync(string author, DateOnly deadline, HandlingKind handling = HandlingKind.FixNow, params DateOnly[] milestones)
    {
        var transitions = _services.GetRequiredService<MeasureTransitions>();
        var before = await transitions.Measures.LoadAsync(author);
        var number = before.Versions.Count + 1;
        var at = Clock.GetUtcNow();
        var problem = new Problem(ProblemArea.Work, ProblemSource.SelfAnalysis, $"{author} 的问题 v{number}", "整改措施", handling, deadline,
            handling == HandlingKind.CannotFixYet ? "需跨学期完成" : null, [.. milestones.Select(m => new Milestone(m, "节点"))]);
        var version = Version(author, number, MeasureStatus.Approved, at, [problem]);
        var entry = new LedgerEntry
        {
            Id = LedgerEntry.MeasureEntryId(author, number, 0),
            Source = LedgerSource.Measure,
            OwnerNumber = author,
            UnitCode = Branch,
            ResponsiblePersonNumber = author,
            ApprovedByNumber = Reviewer,
            Deadline = deadline,
            Handling = handling,
            Area = problem.Area,
            Problem = problem.Description,
            Measures = problem.Measures,
            Explanation = problem.Explanation,
            Milestones = problem.Milestones,
            CreatedAt = at,
        };
        var saved = await transitions.SaveAsync(before, version, [new MeasureEvent(at, Reviewer, MeasureEventKind.Approved, number, null, null)], [], CancellationToken.None, entries: [entry]);
        Assert.NotNull(saved);
        return saved.Entries.Single(e => e.Id == entry.Id);
    }

    /// <summary>Changes an entry's deadline through the measure transitions (the index is rewritten before the entry).</summary>
    public async Task ChangeDeadlineAsync(string author, string entryId, DateOnly deadline)
    {
        var transitions = _services.GetRequiredService<MeasureTransitions>();
        var before = await transitions.Measures.LoadAsync(author);
        var entry = before.Entries.Single(e => e.Id == entryId);
        Assert.NotNull(await transitions.SaveAsync(before, null, [new MeasureEvent(Clock.GetUtcNow(), Reviewer, MeasureEventKind.ProgressNoted, 1, 0, "时限调整")], [], CancellationToken.None, entries: [entry with { Deadline = deadline }]));
    }

    /// <summary>Submits a version awaiting review (the reviewer is chased when it waits too long).</summary>
    public async Task SubmitAsync(string author)
    {
        var transitions = _services.GetRequiredService<MeasureTransitions>();
        var before = await transitions.Measures.LoadAsync(author);
        var at = Clock.GetUtcNow();
        var version = Version(author, before.Versions.Count + 1, MeasureStatus.AwaitingReview, at,
            [new Problem(ProblemArea.Style, ProblemSource.MassesOpinion, "作风问题", "改进作风", HandlingKind.FixNow, Stage.StageEnd, null, [])]);
        Assert.NotNull(await transitions.SaveAsync(before, version, [new MeasureEvent(at, author, MeasureEventKind.Submitted, version.Version, null, null)], [], CancellationToken.None));
    }

    /// <summary>02:00 CST: the nightly reconciliation.</summary>
    public async Task ReconcileAsync(DateOnly day)
    {
        MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(2));
        await ActivatorUtilities.CreateInstance<SupervisionReconcile>(_services).RunAsync(new TimerInfo(), CancellationToken.None);
    }

    /// <summary>09:00 CST: the reminder run (the function, as the host calls it).</summary>
    public async Task RemindAsync(DateOnly day, bool isPastDue = false)
    {
        MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(9));
        await ActivatorUtilities.CreateInstance<SupervisionReminders>(_services).RunAsync(new TimerInfo { IsPastDue = isPastDue }, CancellationToken.None);
    }

    /// <summary>Monday 09:00 CST: the weekly bulletins.</summary>
    public async Task BulletinsAsync(DateOnly day)
    {
        MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(9));
        await ActivatorUtilities.CreateInstance<SupervisionBulletins>(_services).RunAsync(new TimerInfo(), CancellationToken.None);
    }

    /// <summary>A whole day as the schedules run it.</summary>
    public async Task DayAsync(DateOnly day)
    {
        await ReconcileAsync(day);
        await RemindAsync(day);
    }

    public void MoveTo(DateTimeOffset utc)
    {
        if (utc > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(utc);
        }
    }

    /// <summary>What each person was sent, as (CST day, reminder key); throws on a reminder sent twice.</summary>
    public IReadOnlyList<(string Recipient, DateOnly Day, string Key)> Sent() =>
        [.. Cards.Rendered.SelectMany(r => r.Keys.Select(k => (r.Recipient, r.Day, k)))];

    private static SubmissionVersion Version(string author, int number, MeasureStatus status, DateTimeOffset at, IReadOnlyList<Problem> problems)
    {
        var route = new ReviewRoute(RoutingRule.OtherMember, [Reviewer], false, false, false, null, null);
        return new SubmissionVersion
        {
            AuthorNumber = author,
            Version = number,
            Problems = problems,
            Commitment = "按期完成",
            Route = route,
            Reviewers = route.Reviewers,
            Status = status,
            SubmittedAt = at,
            AuthorUnitCode = Branch,
        };
    }

    private async Task SeedAsync(IEnumerable<Person> extraPeople)
    {
        var roster = new Core.Roster.Roster(
            [
                new OrganisationUnit("C", "湖畔大学党委", UnitKind.UniversityCommittee, null),
                new OrganisationUnit(Committee, "计算机学院党委", UnitKind.SecondaryCommittee, "C"),
                new OrganisationUnit(Branch, "教工第一支部", UnitKind.Branch, Committee),
            ],
            [
                Member(Leader, "林书记", Committee, new PositionHolding(Position.PrincipalLeader, Committee)),
                Member(Reviewer, "王委员", Branch, new PositionHolding(Position.BranchCommitteeMember, Branch)),
                Member(ZhangWei, "张伟"),
                Member(LiNa, "李娜"),
                Member(ZhaoQiang, "赵强"),
                .. extraPeople,
            ]);
        var rosters = _services.GetRequiredService<IRosterRepository>();
        await rosters.SaveNewVersionAsync(roster, "O001", "test roster", Clock.GetUtcNow());
        foreach (var person in roster.People)
        {
            await rosters.BindAsync(person.Number, "aad-" + person.Number);
        }

        await _services.GetRequiredService<IStageCalendarRepository>().SaveAsync(new StageCalendarEntry(null, Stage, "O001", Clock.GetUtcNow()));

        // Everyone but 赵强 has submitted something (an approved version without ledger entries), so only he is chased for it.
        var measures = _services.GetRequiredService<IMeasureRepository>();
        foreach (var number in roster.People.Select(p => p.Number).Where(n => n != ZhaoQiang))
        {
            await measures.SaveAsync(new MeasureChange
            {
                AuthorNumber = number,
                Version = Version(number, 1, MeasureStatus.Approved, Clock.GetUtcNow(), [new Problem(ProblemArea.Thought, ProblemSource.SelfAnalysis, "学习不够", "加强学习", HandlingKind.FixNow, Stage.StageEnd, null, [])]),
            });
        }
    }
}
