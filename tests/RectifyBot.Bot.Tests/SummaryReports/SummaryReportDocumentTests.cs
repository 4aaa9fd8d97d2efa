using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Bot.Hosting;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;
using RectifyBot.Core.SummaryReports;
using RectifyBot.Core.Surveys;
using RectifyBot.Documents.SummaryReports;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.SummaryReports;

/// <summary>
/// The draft summary report of 计算机学院党委 (demo university) over data seeded on Azurite through the real repositories:
/// members' measures in every status (one returned then approved, one awaiting review, one withdrawn, entries done on
/// time, done late after escalation, overdue past escalation), another committee's measure that must not count, an
/// accepted plan with a coordination item, a closed survey with opinions, meetings and a guidance visit. The test opens
/// the .docx and checks each figure against the same aggregate computed here over the seeded records.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryReportDocumentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Where tools/render-summary-report.sh asks for a copy of the produced draft.</summary>
    public const string SampleOutputVariable = "RECTIFY_SUMMARY_REPORT_OUT";

    private static readonly DateOnly Today = new(2026, 12, 20);
    private static readonly StageCalendar Stage = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 3, 1));
    private readonly FakeTimeProvider _clock = new(ChinaTime.StartOfDayUtc(Today).AddHours(10));
    private readonly List<MeasureChange> _measures = [];
    private ServiceProvider _services = null!;
    private Core.Roster.Roster _roster = null!;
    private UnitPlan _plan = null!;
    private List<SurveyAnswer> _answers = null!;
    private List<Meeting> _meetings = null!;
    private List<Mechanism> _mechanisms = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddRectifyBotHost(configuration);
        services.AddSingleton<TimeProvider>(_clock);
        _services = services.BuildServiceProvider();
        await DemoRosterSeeder.SeedIfEmptyAsync(_services.GetRequiredService<IRosterRepository>(), _clock);
        _roster = await _services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();
        await _services.GetRequiredService<IStageCalendarRepository>().SaveAsync(new StageCalendarEntry(null, Stage, "100020", _clock.GetUtcNow()));
        await SeedMeasuresAsync();
        await SeedPlanAsync();
        await SeedSurveyAsync();
        await SeedMeetingsAsync();
        await SeedMechanismsAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Every_figure_in_the_draft_equals_the_aggregate_over_the_seeded_data()
    {
        var report = await _services.GetRequiredService<SummaryReportDrafting>().DraftAsync(DemoRoster.ComputingCommittee);
        Assert.NotNull(report);
        var bytes = SummaryReportDocument.Write(report);
        if (Environment.GetEnvironmentVariable(SampleOutputVariable) is { Length: > 0 } sample)
        {
            // tools/render-summary-report.sh keeps this draft to render it for a person to look at (never set in CI).
            await File.WriteAllBytesAsync(sample, bytes);
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var raw = body.Elements<Table>().ToList();
        var tables = raw.Select(t => t == raw[2] ? [] : Rows(t)).ToList();

        // Independently: who is in the committee, and what each of them submitted.
        var units = Subtree(DemoRoster.ComputingCommittee);
        var members = _roster.ActivePeople.Where(p => p.IsMember && units.Contains(p.PartyUnitCode ?? "")).Select(p => p.Number).ToHashSet();
        var mine = _measures.Where(c => members.Contains(c.AuthorNumber)).ToList();
        var latest = mine.GroupBy(c => c.AuthorNumber).Select(g => g.Where(c => c.Version!.Status != MeasureStatus.Withdrawn).Select(c => c.Version!).MaxBy(v => v.Version)).OfType<SubmissionVersion>().ToList();
        var entries = mine.SelectMany(c => c.Entries).GroupBy(e => e.Id).Select(g => g.Last()).ToList();
        var measures = tables[0];
        Assert.Equal(members.Count.ToString(CultureInfo.InvariantCulture), measures["党员人数（名）"][0]);
        Assert.Equal(N(latest.Count), measures["已提交整改措施（人）"][0]);
        Assert.Equal(N(latest.Count(v => v.Status == MeasureStatus.Approved)), measures["审核通过（人）"][0]);
        Assert.Equal(N(latest.Count(v => v.Status == MeasureStatus.AwaitingReview)), measures["待审核（人）"][0]);
        Assert.Equal(N(mine.Count(c => c.Version!.Status == MeasureStatus.Returned)), measures["被退回修改（次）"][0]);
        Assert.Equal(N(entries.Count), measures["整改台帐事项（项）"][0]);
        Assert.Equal(N(entries.Count(e => e.Status == LedgerEntryStatus.Done)), measures["已完成（项）"][0]);
        Assert.Equal(N(entries.Count(e => e.Status == LedgerEntryStatus.Open && e.Deadline < Today)), measures["已逾期（项）"][0]);
        Assert.Equal(SummaryReportDocument.Rate(entries.Count(e => e.Status == LedgerEntryStatus.Done), entries.Count), measures["完成率"][0]);

        // The plan: one row for the committee, its items in the detail table.
        var plan = tables[1];
        var planRow = plan["计算机学院党委"];
        var planEntries = _plan.Entries;
        Assert.Equal([N(_plan.Latest!.Version), "已通过", N(_plan.Latest.Items.Count),
            N(planEntries.Count(e => e.Status == LedgerEntryStatus.Done)),
            N(planEntries.Count(e => e.Status == LedgerEntryStatus.Open && e.Deadline >= Today)),
            N(planEntries.Count(e => e.Status == LedgerEntryStatus.Open && e.Deadline < Today)),
            N(_plan.Latest.Items.Count(i => i.Handling == PlanHandling.UpperCoordination))], planRow);
        Assert.Equal(planEntries.Count, raw[2].Elements<TableRow>().Count() - 1);

        // Escalations: still open on the day after 3 full days overdue (the sweep's escalation day).
        var all = entries.Concat(planEntries).ToList();
        bool Escalated(LedgerEntry e) => e.Status == LedgerEntryStatus.Open
            ? Today > e.Deadline.AddDays(3)
            : ChinaTime.DateOf(e.CompletedAt!.Value) > e.Deadline.AddDays(3);
        var escalations = tables[3];
        Assert.Equal(N(all.Count(Escalated)), escalations["升级督办事项（项）"][0]);
        Assert.Equal(N(all.Count(e => Escalated(e) && e.Status == LedgerEntryStatus.Open)), escalations["其中仍未完成（项）"][0]);
        Assert.Equal(N(_plan.Latest.Items.Count(i => i.Handling == PlanHandling.UpperCoordination)), escalations["提请上级协调事项（项）"][0]);

        // The survey: counts, the satisfaction rate and every opinion.
        var survey = tables[4].Values.Single();
        var decisive = _answers.Count(a => a.Choice is SatisfactionChoice.Satisfied or SatisfactionChoice.BasicallySatisfied or SatisfactionChoice.Dissatisfied);
        Assert.Equal([N(_answers.Count), N(_answers.Count(a => a.Choice == SatisfactionChoice.Satisfied)), N(_answers.Count(a => a.Choice == SatisfactionChoice.BasicallySatisfied)),
            N(_answers.Count(a => a.Choice == SatisfactionChoice.Dissatisfied)), N(_answers.Count(a => a.Choice == SatisfactionChoice.DontKnow)),
            SummaryReportDocument.Rate(_answers.Count(a => a.Choice is SatisfactionChoice.Satisfied or SatisfactionChoice.BasicallySatisfied), decisive), "未达多数不满意"], survey);
        Assert.Equal("20", tables[4].Keys.Single());
        var text = body.InnerText;
        Assert.All(_answers.Where(a => a.Opinion is not null), a => Assert.Contains(a.Opinion!, text, StringComparison.Ordinal));

        // Meetings and visits of the committee and its branches, not another committee's.
        var meetings = tables[5];
        var expected = _meetings.Where(m => units.Contains(m.UnitCode)).ToList();
        Assert.Equal(expected.Count, meetings.Count);
        Assert.Contains($"共召开会议 {expected.Count(m => m.Kind != MeetingKind.GuidanceVisit)} 次，接受校领导指导 {expected.Count(m => m.Kind == MeetingKind.GuidanceVisit)} 次", text, StringComparison.Ordinal);
        Assert.All(expected, m => Assert.Equal(N(m.AttendeeNumbers.Count), meetings[m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)][2]));

        // The committee's five mechanisms: the recorded ones as recorded, the others 未建立.
        var mechanisms = tables[6];
        Assert.Equal(5, mechanisms.Count);
        foreach (var kind in Enum.GetValues<MechanismKind>())
        {
            var recorded = _mechanisms.SingleOrDefault(m => m.Kind == kind);
            Assert.Equal([MechanismNames.Chinese(recorded?.Status ?? MechanismStatus.NotEstablished), recorded?.Document ?? "", recorded?.Link ?? ""], mechanisms[MechanismNames.Chinese(kind)]);
        }

        Assert.Contains($"已建立 {_mechanisms.Count(m => m.Status == MechanismStatus.Established)} 项，建立中 {_mechanisms.Count(m => m.Status == MechanismStatus.InProgress)} 项，未建立 {5 - _mechanisms.Count(m => m.Status != MechanismStatus.NotEstablished)} 项", text, StringComparison.Ordinal);

        // Chinese headings: the 标题 and 一级标题 styles, with a CJK font in the run properties.
        var titles = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Title" or "Heading1").ToList();
        Assert.Equal(["计算机学院党委整改提高阶段总结报告（初稿）", SummaryReportDocument.MeasuresHeading, SummaryReportDocument.PlansHeading, SummaryReportDocument.EscalationsHeading,
            SummaryReportDocument.SurveysHeading, SummaryReportDocument.MeetingsHeading, SummaryReportDocument.MechanismsHeading, SummaryReportDocument.NextStepsHeading], titles.Select(p => p.InnerText));
        Assert.All(titles, p => Assert.Equal("黑体", p.Descendants<RunFonts>().First().EastAsia?.Value));
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("标题", styles["Title"].Aliases!.Val!.Value);
        Assert.Equal("一级标题", styles["Heading1"].Aliases!.Val!.Value);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private HashSet<string> Subtree(string code) => [.. _roster.SelfAndDescendants(code).Select(u => u.Code)];

    /// <summary>A table's rows after the header, keyed by the first cell, valued by the others.</summary>
    private static Dictionary<string, List<string>> Rows(Table table) =>
        table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToDictionary(c => c[0], c => c.Skip(1).ToList());

    private async Task SeedMeasuresAsync()
    {
        var at = _clock.GetUtcNow();
        MeasureChange Change(string author, int number, MeasureStatus status, params LedgerEntry[] entries) => new()
        {
            AuthorNumber = author,
            Version = new SubmissionVersion
            {
                AuthorNumber = author,
                Version = number,
                Problems = [new Problem(ProblemArea.Work, ProblemSource.SelfAnalysis, "问题", "措施", HandlingKind.FixNow, Stage.StageEnd, null, [])],
                Commitment = "按期完成",
                Route = new ReviewRoute(RoutingRule.OtherMember, ["200020"], false, false, false, null, null),
                Reviewers = ["200020"],
                Status = status,
                SubmittedAt = at,
                AuthorUnitCode = _roster.Person(author)!.PartyUnitCode,
            },
            Entries = entries,
        };
        LedgerEntry Entry(string author, int problem, DateOnly deadline, DateOnly? done = null) => new()
        {
            Id = LedgerEntry.MeasureEntryId(author, 2, problem),
            Source = LedgerSource.Measure,
            OwnerNumber = author,
            UnitCode = _roster.Person(author)!.PartyUnitCode,
            ResponsiblePersonNumber = author,
            ApprovedByNumber = "200020",
            Deadline = deadline,
            Handling = HandlingKind.FixNow,
            Area = ProblemArea.Work,
            Problem = "问题" + problem,
            Measures = "措施",
            Status = done is null ? LedgerEntryStatus.Open : LedgerEntryStatus.Done,
            CompletedAt = done is { } d ? ChinaTime.StartOfDayUtc(d).AddHours(10) : null,
            CompletedOnTime = done is { } d2 ? d2 <= deadline : null,
            CreatedAt = at,
        };

        _measures.Add(Change("200022", 1, MeasureStatus.Returned));
        _measures.Add(Change("200022", 2, MeasureStatus.Approved,
            Entry("200022", 0, new DateOnly(2026, 12, 10), done: new DateOnly(2026, 12, 9)),
            Entry("200022", 1, new DateOnly(2026, 12, 5)),
            Entry("200022", 2, new DateOnly(2026, 12, 28))));
        _measures.Add(Change("200023", 1, MeasureStatus.AwaitingReview));
        _measures.Add(Change("200021", 1, MeasureStatus.Withdrawn));
        _measures.Add(Change("2022010201", 2, MeasureStatus.Approved, Entry("2022010201", 0, new DateOnly(2026, 12, 1), done: new DateOnly(2026, 12, 12))));
        _measures.Add(Change("300012", 2, MeasureStatus.Approved, Entry("300012", 0, new DateOnly(2026, 11, 20))));
        var repository = _services.GetRequiredService<IMeasureRepository>();
        foreach (var change in _measures)
        {
            Assert.True(await repository.SaveAsync(change));
        }
    }

    private async Task SeedPlanAsync()
    {
        PlanItem Item(string problem, PlanHandling handling, DateOnly deadline) => new()
        {
            Problem = problem,
            AreaCode = "teaching",
            Handling = handling,
            Deadline = deadline,
            ResponsibleUnitCode = DemoRoster.ComputingCommittee,
            ResponsiblePersonNumber = "200002",
            Goals = [PlanGoal.MemberQuality],
        };
        var now = _clock.GetUtcNow();
        var version = new PlanVersion
        {
            UnitCode = DemoRoster.ComputingCommittee,
            Version = 1,
            AuthorNumber = "200001",
            ParentUnitCode = DemoRoster.University,
            Items = [Item("实验室管理制度不健全", PlanHandling.FixNow, new DateOnly(2026, 12, 15)), Item("青年教师培养", PlanHandling.FixNow, new DateOnly(2026, 12, 30)), Item("跨学院课程协调", PlanHandling.UpperCoordination, new DateOnly(2027, 1, 20))],
            Publication = new PlanPublication(PlanScope.Members, now.AddDays(-20), Today.AddDays(-10), ChinaTime.EndOfDayUtc(Today.AddDays(-10))),
            Status = PlanStatus.Accepted,
        };
        var entries = PlanEntries.For(version, now).ToList();
        entries[1] = entries[1] with { Status = LedgerEntryStatus.Done, CompletedAt = now, CompletedOnTime = true };
        Assert.True(await _services.GetRequiredService<IPlanRepository>().SaveAsync(new PlanChange { UnitCode = version.UnitCode, Version = version, Entries = entries }));
        _plan = await _services.GetRequiredService<IPlanRepository>().LoadAsync(DemoRoster.ComputingCommittee);
    }

    private async Task SeedSurveyAsync()
    {
        var survey = new Survey
        {
            Id = "s-jsj",
            UnitCode = DemoRoster.ComputingCommittee,
            UnitName = "计算机学院党委",
            Window = SurveyWindow.FromChinaDates(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 10)),
            Seed = 7,
            AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 12, [ParticipantCategory.GrassrootsMasses] = 8 },
            CreatedByNumber = "200001",
            CreatedAt = _clock.GetUtcNow().AddDays(-20),
        };
        await _services.GetRequiredService<ISurveyRepository>().AddAsync(survey, [], []);
        SatisfactionChoice?[] choices = [SatisfactionChoice.Satisfied, SatisfactionChoice.Satisfied, SatisfactionChoice.Satisfied, SatisfactionChoice.BasicallySatisfied,
            SatisfactionChoice.BasicallySatisfied, SatisfactionChoice.Dissatisfied, SatisfactionChoice.DontKnow, SatisfactionChoice.Satisfied, SatisfactionChoice.Dissatisfied];
        _answers = [.. choices.Select((c, i) => new SurveyAnswer
        {
            Category = i % 2 == 0 ? ParticipantCategory.PartyMember : ParticipantCategory.GrassrootsMasses,
            Choice = c,
            Opinion = i % 3 == 0 ? $"第{i}条意见：希望加强实验室安全管理" : null,
            Source = ReplySource.Teams,
        })];
        var box = _services.GetRequiredService<ISurveyBallotBox>();
        for (var i = 0; i < _answers.Count; i++)
        {
            Assert.True(await box.HoldAsync(survey.Id, "b" + i, _answers[i]));
        }
    }

    private async Task SeedMeetingsAsync()
    {
        Meeting Meeting(string unit, MeetingKind kind, DateOnly date, string? visitor, string summary, params string[] attendees) => new()
        {
            Id = Guid.NewGuid().ToString("N"),
            UnitCode = unit,
            Kind = kind,
            Date = date,
            AttendeeNumbers = attendees,
            VisitorNumber = visitor,
            Summary = summary,
            RecordedByNumber = "200001",
            RecordedAt = _clock.GetUtcNow(),
        };
        _meetings =
        [
            Meeting(DemoRoster.ComputingCommittee, MeetingKind.DemocraticLifeMeeting, new DateOnly(2026, 12, 3), null, "班子成员逐一对照检查，开展批评与自我批评，明确整改责任。", "200001", "200002", "200003"),
            Meeting(DemoRoster.ComputingStaffBranch3, MeetingKind.OrganisationalLifeMeeting, new DateOnly(2026, 12, 4), null, "党员交流个人整改进展，支部委员会点评。", "200020", "200021", "200022", "200023", "200024"),
            Meeting(DemoRoster.ComputingCommittee, MeetingKind.GuidanceVisit, new DateOnly(2026, 12, 8), "100002", "刘洋同志到学院调研整改方案落实情况。", "200001"),
            Meeting(DemoRoster.LettersCommittee, MeetingKind.DemocraticLifeMeeting, new DateOnly(2026, 12, 9), null, "文学院班子专题民主生活会。", "300001"),
        ];
        foreach (var meeting in _meetings)
        {
            Assert.True(await _services.GetRequiredService<IMeetingRepository>().AddAsync(meeting));
        }
    }

    private async Task SeedMechanismsAsync()
    {
        var at = _clock.GetUtcNow();
        _mechanisms =
        [
            new Mechanism(DemoRoster.ComputingCommittee, MechanismKind.Learning, MechanismStatus.Established, "计算机学院党委理论学习中心组学习制度", "https://jsj.lakeside.example/rules/study") { ChangedByNumber = "200001", ChangedAt = at },
            new Mechanism(DemoRoster.ComputingCommittee, MechanismKind.Management, MechanismStatus.InProgress, "党员教育管理办法（征求意见稿）", null) { ChangedByNumber = "200001", ChangedAt = at },
            new Mechanism(DemoRoster.ComputingCommittee, MechanismKind.PartyLife, MechanismStatus.Established, "“三会一课”制度", null) { ChangedByNumber = "200002", ChangedAt = at },
        ];
        var repository = _services.GetRequiredService<IMechanismRepository>();
        foreach (var mechanism in _mechanisms)
        {
            await repository.SaveAsync(mechanism);
        }

        // Another committee's mechanism must not appear.
        await repository.SaveAsync(new Mechanism(DemoRoster.LettersCommittee, MechanismKind.Learning, MechanismStatus.Established, "文学院学习制度", null) { ChangedByNumber = "300001", ChangedAt = at });
    }
}
