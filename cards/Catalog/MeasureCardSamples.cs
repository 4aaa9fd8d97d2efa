using System.Globalization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Samples for the member's measure cards: 张伟 (200022, 教工第三党支部, reviewed by the branch committee 李娜 / 陈静)
/// drafting and carrying out his measures, and the longest case: every text at its <see cref="MeasureLimits"/> length,
/// the most problems and milestones, many versions and progress notes.
/// </summary>
internal static class MeasureCardSamples
{
    private const string Author = "200022";
    private const string Secretary = "200020";
    private const string CommitteeMember = "200021";

    private static readonly DateOnly StageEnd = new(2027, 1, 15);
    private static readonly DateOnly ConsolidationEnd = new(2027, 4, 15);
    private static readonly DateOnly Today = new(2027, 1, 12);
    private static readonly DateTimeOffset At = new(2026, 12, 8, 6, 30, 0, TimeSpan.Zero);
    private static readonly ReviewRoute Route = new(RoutingRule.OtherMember, [Secretary, CommitteeMember], false, false, false, null, null);

    private static readonly ProblemArea[] MemberAreas = [ProblemArea.Thought, ProblemArea.Work, ProblemArea.Style, ProblemArea.Discipline];

    // ----- realistic data -----

    private static IReadOnlyList<Problem> RealisticProblems() =>
    [
        new(ProblemArea.Thought, ProblemSource.SelfAnalysis,
            "理论学习不够系统，满足于参加集中学习，自学时间少，运用理论指导教学科研工作的能力不强。",
            "制定个人学习计划，每周自学不少于4小时；每月撰写一篇学习体会；结合课程思政改革，把理论学习成果运用到教学中。",
            HandlingKind.FixNow, new(2027, 1, 10), null, []),
        new(ProblemArea.Work, ProblemSource.MassesOpinion,
            "学生反映课后答疑时间少，作业批改反馈不及时。",
            "每周固定两个下午为答疑时间并在课程群公布；作业一周内批改反馈；期末前组织学生座谈听取意见。",
            HandlingKind.FixNow, new(2026, 12, 31), null, []),
        new(ProblemArea.Style, ProblemSource.OrganisationEvaluation,
            "所负责的实验室仪器设备老化，学生实验排队时间长，群众意见较大。",
            "申请实验室改造专项经费，分批更新设备；改造完成前延长实验室开放时间，安排研究生助教值守。",
            HandlingKind.CannotFixYet, new(2027, 4, 10),
            "设备更新需列入学校下一年度预算并履行采购程序，本阶段内无法全部完成；先延长开放时间缓解排队。",
            [new(new(2027, 1, 10), "提交实验室改造申请"), new(new(2027, 3, 1), "完成设备采购招标"), new(new(2027, 4, 10), "新设备安装调试完毕并投入使用")]),
    ];

    private const string RealisticCommitment = "本人郑重承诺：认真对照群众意见和组织评议意见，逐项落实整改措施，按期完成整改任务，自觉接受党员群众监督。";

    private static MeasureDraft RealisticDraft(DraftStep step, int current = 0) => new()
    {
        AuthorNumber = Author,
        Revision = 7,
        Problems = [.. RealisticProblems().Select(ProblemDraft.From)],
        Commitment = step == Core.Measures.DraftStep.Preview ? RealisticCommitment : null,
        Lessons = step == Core.Measures.DraftStep.Preview ? "要经常听取学生和同事的意见，把问题解决在日常。" : null,
        LessonsAnswered = step == Core.Measures.DraftStep.Preview,
        Step = step,
        CurrentProblem = current,
        StartedAt = At,
        UpdatedAt = At.AddHours(1),
    };

    private static SubmissionVersion Version(int number, IReadOnlyList<Problem> problems, string commitment, MeasureStatus status, ReviewDecision? decision, DateTimeOffset submittedAt) => new()
    {
        AuthorNumber = Author,
        Version = number,
        Problems = problems,
        Commitment = commitment,
        Route = Route,
        Reviewers = [Secretary, CommitteeMember],
        Status = status,
        SubmittedAt = submittedAt,
        Decision = decision,
    };

    private static SubmissionVersion ReturnedVersion() => Version(1, RealisticProblems(), RealisticCommitment, MeasureStatus.Returned,
        new ReviewDecision(ReviewOutcome.Returned, Secretary, At.AddDays(2), "问题查找比较准确，但第三个问题的时间节点不够具体，请写明每个节点要完成的工作；第二个问题请补充如何听取学生意见。"),
        At);

    private static SubmissionVersion ApprovedVersion() => Version(2, RealisticProblems(), RealisticCommitment, MeasureStatus.Approved,
        new ReviewDecision(ReviewOutcome.Approved, CommitteeMember, At.AddDays(5), "同意。请按时间节点落实，及时记录进展。"),
        At.AddDays(3));

    private static LedgerEntry Entry(int index, Problem problem, SubmissionVersion version) => new()
    {
        Id = LedgerEntry.MeasureEntryId(Author, version.Version, index),
        Source = LedgerSource.Measure,
        OwnerNumber = Author,
        UnitCode = DemoRoster.ComputingStaffBranch3,
        ResponsiblePersonNumber = Author,
        ApprovedByNumber = CommitteeMember,
        Deadline = problem.Deadline,
        Handling = problem.Handling,
        Area = problem.Area,
        Problem = problem.Description,
        Measures = problem.Measures,
        Explanation = problem.Explanation,
        Milestones = problem.Milestones,
        CreatedAt = version.Decision!.At,
    };

    private static List<LedgerEntry> RealisticEntries()
    {
        var version = ApprovedVersion();
        var entries = version.Problems.Select((p, i) => Entry(i, p, version)).ToList();
        entries[0] = entries[0] with
        {
            Progress = [new ProgressNote(At.AddDays(10), Author, "已制定学习计划，完成前三周自学并撰写学习体会一篇。", null)],
        };
        entries[1] = entries[1] with
        {
            Status = LedgerEntryStatus.Done,
            CompletedAt = new DateTimeOffset(2027, 1, 3, 9, 0, 0, TimeSpan.Zero),
            CompletedOnTime = false,
            Progress = [new ProgressNote(new DateTimeOffset(2027, 1, 3, 9, 0, 0, TimeSpan.Zero), Author, "答疑时间已在课程群公布，期末座谈已召开。", "https://lakeside-univ.example.edu.cn/docs/zuotan-2027-01.pdf")],
        };
        entries[2] = entries[2] with
        {
            Progress =
            [
                new ProgressNote(At.AddDays(12), Author, "实验室开放时间已延长至晚上九点，安排两名研究生助教值守。", null),
                new ProgressNote(At.AddDays(30), Author, "改造申请已提交资产处，等待预算批复。", "https://lakeside-univ.example.edu.cn/docs/lab-renovation.pdf"),
            ],
        };
        return entries;
    }

    // ----- maximum-length data -----

    private static Problem LongestProblem(int i) => new(
        ProblemArea.StrictGovernance,
        ProblemSource.OrganisationEvaluation,
        SampleText.Chinese(MeasureLimits.Description),
        SampleText.Chinese(MeasureLimits.Measures),
        HandlingKind.CannotFixYet,
        ConsolidationEnd.AddDays(-i),
        SampleText.Chinese(MeasureLimits.Explanation),
        [.. Enumerable.Range(0, MeasureLimits.Milestones).Select(m => new Milestone(StageEnd.AddDays(7 * m), SampleText.Chinese(MeasureLimits.MilestoneDescription)))]);

    private static IReadOnlyList<Problem> LongestProblems() => [.. Enumerable.Range(0, MeasureLimits.Problems).Select(LongestProblem)];

    private static MeasureDraft LongestDraft(DraftStep step) => new()
    {
        AuthorNumber = Author,
        Revision = int.MaxValue,
        Problems = [.. LongestProblems().Select(ProblemDraft.From)],
        Commitment = SampleText.Chinese(MeasureLimits.Commitment),
        Lessons = SampleText.Chinese(MeasureLimits.Lessons),
        LessonsAnswered = true,
        Step = step,
        CurrentProblem = MeasureLimits.Problems - 1,
        Revises = 98,
        StartedAt = At,
        UpdatedAt = At,
    };

    private static SubmissionVersion LongestReturned(int number) => Version(number, LongestProblems(), SampleText.Chinese(MeasureLimits.Commitment), MeasureStatus.Returned,
        new ReviewDecision(ReviewOutcome.Returned, "P000000000001", At.AddDays(number), SampleText.Chinese(MeasureLimits.ReturnComment)), At.AddDays(number))
        with { Reviewers = [.. Enumerable.Range(0, 12).Select(i => "P" + i.ToString("D12", CultureInfo.InvariantCulture))] };

    private static IReadOnlyList<string> LongErrors(int count) => [.. Enumerable.Range(0, count).Select(_ => SampleText.Chinese(120))];

    private static string LongestLink => "https://" + new string('a', MeasureLimits.EvidenceLink - "https://".Length);

    private static LedgerEntry LongestEntry(int index, SubmissionVersion version) => Entry(index, LongestProblem(index), version) with
    {
        Id = new string('9', 20) + "|v99|p" + index.ToString(CultureInfo.InvariantCulture),
        Progress = [.. Enumerable.Range(0, 40).Select(n => new ProgressNote(At.AddDays(n), Author, SampleText.Chinese(MeasureLimits.ProgressNote), LongestLink))],
    };

    private static Core.Roster.Roster LongNamesRoster()
    {
        var people = Enumerable.Range(0, 12)
            .Select(i => new Core.Roster.Person { Number = "P" + i.ToString("D12", CultureInfo.InvariantCulture), Name = SampleText.Chinese(20) })
            .ToList();
        return new Core.Roster.Roster([], people);
    }

    // ----- the cards -----

    public static AdaptiveCard DraftStepRealistic(UserLanguage language) => DraftStepCard.Build(language,
        new DraftStepView(RealisticDraft(Core.Measures.DraftStep.Deadline, current: 2), MemberAreas, StageEnd, ConsolidationEnd)
        {
            Notice = MeasureNotice.Good(MeasureNoticeKeys.Confirmed, "2027-01-10 提交实验室改造申请；2027-03-01 完成设备采购招标；2027-04-10 新设备安装调试完毕并投入使用"),
        });

    public static AdaptiveCard DraftStepMaximum(UserLanguage language) => DraftStepCard.Build(language,
        new DraftStepView(LongestDraft(Core.Measures.DraftStep.Lessons), Enum.GetValues<ProblemArea>(), StageEnd, ConsolidationEnd)
        {
            Notice = MeasureNotice.Good(MeasureNoticeKeys.Confirmed, SampleText.Chinese(MeasureLimits.Commitment)),
            TypedValue = SampleText.Chinese(MeasureLimits.Lessons + 100),
            Errors = LongErrors(3),
        });

    /// <summary>A choice step: a leading cadre picks the area (seven choices); the longest is the "another problem?" step at the limit.</summary>
    public static AdaptiveCard DraftStepChoice(UserLanguage language) => DraftStepCard.Build(language,
        new DraftStepView(RealisticDraft(Core.Measures.DraftStep.Area) with { Problems = [ProblemDraft.Empty] }, Enum.GetValues<ProblemArea>(), StageEnd, ConsolidationEnd));

    public static AdaptiveCard DraftStepChoiceMaximum(UserLanguage language) => DraftStepCard.Build(language,
        new DraftStepView(LongestDraft(Core.Measures.DraftStep.AnotherProblem), Enum.GetValues<ProblemArea>(), null, null)
        {
            Notice = MeasureNotice.Warning(MeasureNoticeKeys.DraftConflict),
            TypedValue = SampleText.Chinese(200),
            Errors = LongErrors(3),
        });

    public static AdaptiveCard ProblemForm(UserLanguage language) =>
        ProblemFormCard.Build(language, ProblemFormView.For(RealisticDraft(Core.Measures.DraftStep.EditProblem, current: 2), 2, MemberAreas, StageEnd, ConsolidationEnd));

    /// <summary>Every field at its longest, junk typed as the deadline, and errors under every field.</summary>
    public static AdaptiveCard ProblemFormMaximum(UserLanguage language)
    {
        var draft = LongestDraft(Core.Measures.DraftStep.EditProblem);
        var view = ProblemFormView.For(draft, MeasureLimits.Problems - 1, Enum.GetValues<ProblemArea>(), StageEnd, ConsolidationEnd);
        var fields = new[]
        {
            ProblemFormCard.GeneralField, ProblemFormCard.AreaField, ProblemFormCard.SourceField, ProblemFormCard.DescriptionField, ProblemFormCard.MeasuresField,
            ProblemFormCard.HandlingField, ProblemFormCard.ExplanationField, ProblemFormCard.MilestonesField, ProblemFormCard.DeadlineField,
        };
        return ProblemFormCard.Build(language, view with
        {
            Values = view.Values with { Deadline = SampleText.Chinese(100) },
            Errors = fields.ToDictionary(f => f, _ => LongErrors(2), StringComparer.Ordinal),
            Notice = MeasureNotice.Warning(MeasureNoticeKeys.NotSaved),
        });
    }

    public static AdaptiveCard DraftPreview(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var route = ReviewRouteText.Describe(language, roster.Person(Author)!, Route, roster);
        return DraftPreviewCard.Build(language, new DraftPreviewView(RealisticDraft(Core.Measures.DraftStep.Preview) with { Revises = 1 }, route)
        {
            Returned = ReturnedVersion(),
            ReturnedByName = "李娜",
        });
    }

    /// <summary>Ten problems at their longest (shortened on this card), a 1,000-character return comment, errors on every problem.</summary>
    public static AdaptiveCard DraftPreviewMaximum(UserLanguage language)
    {
        var roster = LongNamesRoster();
        var author = new Core.Roster.Person { Number = Author, Name = SampleText.Chinese(20) };
        var route = ReviewRouteText.Describe(language, author, LongestReturned(98).Route with { Reviewers = [.. roster.ActivePeople.Select(p => p.Number)] }, roster);
        return DraftPreviewCard.Build(language, new DraftPreviewView(LongestDraft(Core.Measures.DraftStep.Preview), route)
        {
            Returned = LongestReturned(98),
            ReturnedByName = SampleText.Chinese(20),
            Notice = MeasureNotice.Warning(MeasureNoticeKeys.SubmitRefused),
            ProblemErrors = Enumerable.Range(0, MeasureLimits.Problems).ToDictionary(i => i, _ => LongErrors(2)),
            CommitmentErrors = LongErrors(2),
        });
    }

    public static AdaptiveCard DecisionReturned(UserLanguage language) =>
        DecisionNoticeCard.Build(language, new DecisionNoticeView(ReturnedVersion(), "李娜"));

    public static AdaptiveCard DecisionReturnedMaximum(UserLanguage language) =>
        DecisionNoticeCard.Build(language, new DecisionNoticeView(LongestReturned(99), SampleText.Chinese(20)));

    public static AdaptiveCard DecisionApproved(UserLanguage language) =>
        DecisionNoticeCard.Build(language, new DecisionNoticeView(ApprovedVersion(), "陈静"));

    public static AdaptiveCard DecisionApprovedMaximum(UserLanguage language)
    {
        var version = LongestReturned(99) with { Status = MeasureStatus.Approved };
        return DecisionNoticeCard.Build(language, new DecisionNoticeView(
            version with { Decision = version.Decision! with { Outcome = ReviewOutcome.Approved, External = true } }, SampleText.Chinese(20)));
    }

    public static AdaptiveCard MyMeasures(UserLanguage language)
    {
        var measures = new MemberMeasures(Author, [ReturnedVersion(), ApprovedVersion()], RealisticEntries(), []);
        var planItem = RealisticEntries()[1] with { Id = PlanEntries.EntryId(DemoRoster.ComputingCommittee, 1, 0), Source = LedgerSource.PlanItem, UnitCode = DemoRoster.ComputingCommittee };
        return MyMeasuresCard.Build(language, new MyMeasuresView(measures, null, DemoRoster.Create(), Today) { PlanItems = [planItem] });
    }

    /// <summary>Ninety-nine versions of ten longest problems, the latest open, ten longest ledger entries, 25 longest plan items and a draft.</summary>
    public static AdaptiveCard MyMeasuresMaximum(UserLanguage language)
    {
        var versions = Enumerable.Range(1, 99).Select(LongestReturned).ToList();
        versions[^1] = versions[^1] with { Status = MeasureStatus.AwaitingReview, Decision = null };
        var approved = LongestReturned(50) with { Status = MeasureStatus.Approved };
        var entries = Enumerable.Range(0, MeasureLimits.Problems).Select(i => LongestEntry(i, approved)).ToList();
        var measures = new MemberMeasures(Author, versions, entries, []);
        var unit = new string('9', 20);
        var planItems = Enumerable.Range(0, MyMeasuresCard.MaxEntriesShown + 5)
            .Select(i => LongestEntry(i % MeasureLimits.Problems, approved) with { Id = PlanEntries.EntryId(unit, 99, i), Source = LedgerSource.PlanItem, UnitCode = unit })
            .ToList();
        return MyMeasuresCard.Build(language, new MyMeasuresView(measures, LongestDraft(Core.Measures.DraftStep.Preview), LongNamesRoster(), Today) { PlanItems = planItems });
    }

    public static AdaptiveCard LedgerEntryRealistic(UserLanguage language) =>
        LedgerEntryCard.Build(language, new LedgerEntryView(RealisticEntries()[2], Today)
        {
            Form = LedgerProgressForm.Blank with { Notice = MeasureNotice.Good(MeasureNoticeKeys.ProgressSaved) },
        });

    /// <summary>Forty longest notes (ten shown), the longest texts and milestones, the form refused with its values kept.</summary>
    public static AdaptiveCard LedgerEntryMaximum(UserLanguage language)
    {
        var entry = LongestEntry(0, LongestReturned(99) with { Status = MeasureStatus.Approved });
        var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [LedgerEntryCard.NoteField] = LongErrors(2),
            [LedgerEntryCard.EvidenceLinkField] = LongErrors(2),
        };
        return LedgerEntryCard.Build(language, new LedgerEntryView(entry, Today)
        {
            Form = new LedgerProgressForm(SampleText.Chinese(MeasureLimits.ProgressNote), SampleText.Chinese(MeasureLimits.EvidenceLink), errors, MeasureNotice.Warning(MeasureNoticeKeys.NotSaved)),
        });
    }

    /// <summary>A done entry: no form, no buttons, done late.</summary>
    public static AdaptiveCard LedgerEntryDone(UserLanguage language) =>
        LedgerEntryCard.Build(language, new LedgerEntryView(RealisticEntries()[1], Today));
}
