using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Samples for the review cards: realistic ones from the demo roster (张伟's measures before his branch committee, a
/// committee principal leader's via the office, a vacancy, the university committee's principal leader, a school
/// leader's with the inspection group assisting), and submissions at every limit.
/// </summary>
internal static class ReviewCardSamples
{
    private const string TeamsUserId = "29:1f2Ea3bC4d5E6f7A8b9C0d1E2f3A4b5C6d7E8f9A0b1C2d3E4f5A6b7C8d9E0f1A2b3C4d5E6f";

    private static readonly DateTimeOffset Submitted = new(2026, 12, 8, 1, 30, 0, TimeSpan.Zero);

    public static AdaptiveCard Realistic(UserLanguage language, ReviewCardMode mode) => ReviewCard.Build(language, RealisticView(mode));

    public static AdaptiveCard Maximum(UserLanguage language, ReviewCardMode mode) => ReviewCard.Build(language, MaximumView(mode, language));

    public static AdaptiveCard RealisticQueue(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var items = new[]
        {
            Version(roster, "200022", 2, Submitted, MeasureStatus.AwaitingReview),
            Version(roster, "200023", 1, Submitted.AddDays(-4), MeasureStatus.AwaitingReview),
            Version(roster, "200024", 1, Submitted.AddHours(-30), MeasureStatus.AwaitingReview),
        }.Select(v => MyReviewsItem.From(v, roster)).ToList();
        return MyReviewsCard.Build(language, new MyReviewsView(items, Submitted.AddDays(1)));
    }

    /// <summary>The office's queue at its worst: 5,000 items of every kind, names and units at their longest.</summary>
    public static AdaptiveCard MaximumQueue(UserLanguage language)
    {
        var kinds = new[] { MeasureStatus.AwaitingReview, MeasureStatus.AwaitingForward, MeasureStatus.AwaitingAssignment, MeasureStatus.AwaitingExternalDecision };
        var items = Enumerable.Range(0, 5000)
            .Select(i => new MyReviewsItem($"P{i:D12}", SampleText.Chinese(20), SampleText.Chinese(50), 99, Submitted.AddMinutes(-i), kinds[i % kinds.Length]))
            .ToList();
        return MyReviewsCard.Build(language, new MyReviewsView(items, Submitted.AddDays(400)));
    }

    public static ReviewCardView RealisticView(ReviewCardMode mode)
    {
        var roster = DemoRoster.Create();
        return mode switch
        {
            ReviewCardMode.Decide => ZhangWei(roster, mode) with { ViewerTeamsId = TeamsUserId },
            ReviewCardMode.Closed => ZhangWei(roster, mode) with
            {
                Banner = new ReviewCardBanner.Decided(ReviewOutcome.Returned, "200020", Submitted.AddHours(26), "第二个问题的整改时限过长，请在本学期内完成；整改承诺请写明接受群众监督的方式。"),
            },
            ReviewCardMode.Forward => Office(roster, "200001", mode) with
            {
                Candidates = [.. roster.Holders(Position.UniversityLeadershipMember)],
                SuggestedReviewer = "100002",
            },
            ReviewCardMode.Assign => Office(roster, "2024030101", mode) with
            {
                Candidates = [.. roster.Holders(Position.PrincipalLeader, DemoRoster.LettersCommittee), .. roster.Holders(Position.LeadershipTeamMember, DemoRoster.LettersCommittee)],
            },
            ReviewCardMode.External => Office(roster, "100001", mode),
            ReviewCardMode.Assist => Office(roster, "100002", mode) with { ViewerTeamsId = TeamsUserId },
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
    }

    /// <summary>10 problems with every text at its limit, 6 milestones each, 3 returned versions with the longest comments.</summary>
    public static ReviewCardView MaximumView(ReviewCardMode mode, UserLanguage language)
    {
        var units = Enumerable.Range(0, 4).Select(i => new OrganisationUnit($"U{i}", SampleText.Chinese(50), i == 0 ? UnitKind.UniversityCommittee : UnitKind.SecondaryCommittee, i == 0 ? null : "U0")).ToList();
        var people = Enumerable.Range(0, 40).Select(i => new Person
        {
            Number = $"P{i:D12}",
            Name = SampleText.Chinese(20),
            PartyUnitCode = "U1",
            Positions = [new(Position.PrincipalLeader, "U1"), new(Position.LeadershipTeamMember, "U2"), new(Position.BranchSecretary, "U3"), new(Position.UniversityLeadershipMember)],
            Post = new AdministrativePost("U2", PostRank.Head),
        }).ToList();
        var roster = new Core.Roster.Roster(units, people);
        var author = people[0];
        var route = new ReviewRoute(RoutingRule.CommitteePrincipalLeader, [], ViaOffice: true, InspectionGroupAssists: true, ExternalDecision: false,
            new RouteFallback(RouteFallbackReason.NoLiaison, "U1"), null);
        var problem = new Problem(ProblemArea.StrictGovernance, ProblemSource.OrganisationEvaluation,
            SampleText.Chinese(MeasureLimits.Description), SampleText.Chinese(MeasureLimits.Measures), HandlingKind.CannotFixYet, new DateOnly(2027, 12, 31),
            SampleText.Chinese(MeasureLimits.Explanation),
            [.. Enumerable.Range(1, MeasureLimits.Milestones).Select(m => new Milestone(new DateOnly(2027, m, 28), SampleText.Chinese(MeasureLimits.MilestoneDescription)))]);
        var comment = SampleText.Chinese(MeasureLimits.ReturnComment);
        SubmissionVersion Numbered(int number, MeasureStatus status) => new()
        {
            AuthorNumber = author.Number,
            Version = number,
            Problems = [.. Enumerable.Repeat(problem, MeasureLimits.Problems)],
            Commitment = SampleText.Chinese(MeasureLimits.Commitment),
            Lessons = SampleText.Chinese(MeasureLimits.Lessons),
            Route = route,
            Reviewers = [.. people.Skip(1).Select(p => p.Number)],
            Status = status,
            SubmittedAt = Submitted.AddDays(number),
            AuthorUnitCode = "U1",
            Decision = status == MeasureStatus.Returned ? new ReviewDecision(ReviewOutcome.Returned, people[1].Number, Submitted.AddDays(number).AddHours(3), comment) : null,
        };

        var candidates = people.Skip(1).ToList();
        return new ReviewCardView
        {
            Version = Numbered(4, mode == ReviewCardMode.Closed ? MeasureStatus.Returned : MeasureStatus.AwaitingReview),
            Author = author,
            Roster = roster,
            Mode = mode,
            RouteText = SampleText.Chinese(600),
            EarlierVersions = [.. Enumerable.Range(1, 3).Select(n => Numbered(n, MeasureStatus.Returned))],
            ViewerTeamsId = TeamsUserId,
            Form = new ReviewCardForm(comment, candidates[^1].Number, ReviewOutcome.Returned, ReviewCard.CommentRequiredText(language), ReviewCard.ChoiceRequiredText(language)),
            Candidates = candidates,
            SuggestedReviewer = candidates[0].Number,
            AssignReason = SampleText.Chinese(300),
            Banner = new ReviewCardBanner.Decided(ReviewOutcome.Returned, people[1].Number, Submitted.AddDays(5), comment),
            Notice = CardText.Format(language, "Measure_Refused_AlreadyDecidedBy", people[1].Name, "2026-12-01 09:00", CardText.Get(language, "Measure_Outcome_Returned")),
        };
    }

    /// <summary>张伟 (200022), second version, before his branch committee (李娜, 陈静); the first was returned by 李娜.</summary>
    private static ReviewCardView ZhangWei(Core.Roster.Roster roster, ReviewCardMode mode)
    {
        var author = roster.Person("200022")!;
        var first = Version(roster, author.Number, 1, Submitted.AddDays(-6), MeasureStatus.Returned) with
        {
            Decision = new ReviewDecision(ReviewOutcome.Returned, "200020", Submitted.AddDays(-5),
                "问题查摆还不够具体，请结合群众意见补充“联系学生不够”的问题，并写明每项措施的完成时间。"),
        };
        return new ReviewCardView
        {
            Version = Version(roster, author.Number, 2, Submitted, MeasureStatus.AwaitingReview),
            Author = author,
            Roster = roster,
            Mode = mode,
            EarlierVersions = [first],
        };
    }

    private static ReviewCardView Office(Core.Roster.Roster roster, string authorNumber, ReviewCardMode mode)
    {
        var author = roster.Person(authorNumber)!;
        var status = mode switch
        {
            ReviewCardMode.Forward => MeasureStatus.AwaitingForward,
            ReviewCardMode.Assign => MeasureStatus.AwaitingAssignment,
            ReviewCardMode.External => MeasureStatus.AwaitingExternalDecision,
            _ => MeasureStatus.AwaitingReview,
        };
        return new ReviewCardView
        {
            Version = Version(roster, author.Number, 1, Submitted, status),
            Author = author,
            Roster = roster,
            Mode = mode,
        };
    }

    private static SubmissionVersion Version(Core.Roster.Roster roster, string authorNumber, int number, DateTimeOffset submittedAt, MeasureStatus status)
    {
        var author = roster.Person(authorNumber)!;
        var route = ReviewRouter.RouteFor(author, roster);
        return new SubmissionVersion
        {
            AuthorNumber = authorNumber,
            Version = number,
            Problems = Problems(),
            Commitment = "我承诺按期完成以上整改，每月向支部汇报一次整改进展，接受党员和群众监督。",
            Lessons = "理论学习要联系工作实际，不能满足于读过、学过；对群众反映的问题要及时回应。",
            Route = route,
            Reviewers = route.Reviewers,
            Status = status,
            SubmittedAt = submittedAt,
            AuthorUnitCode = author.PartyUnitCode,
        };
    }

    private static IReadOnlyList<Problem> Problems() =>
    [
        new(ProblemArea.Thought, ProblemSource.SelfAnalysis,
            "政治理论学习不够系统，满足于参加集中学习，自学时间少，学用结合不紧。",
            "制定个人学习计划，每周自学不少于4小时；每月撰写一篇学习心得，在支部组织生活会上交流。",
            HandlingKind.FixNow, new DateOnly(2027, 1, 10), null, []),
        new(ProblemArea.Work, ProblemSource.MassesOpinion,
            "实验室开放时间短，学生反映课外上机不方便。",
            "协调学院延长实验室开放时间；由于需要增加值班人员和改造门禁系统，分两步实施。",
            HandlingKind.CannotFixYet, new DateOnly(2027, 6, 30),
            "门禁系统改造需要列入学校下一年度预算，已向学生说明原因和安排，先延长周末开放时间。",
            [new(new DateOnly(2027, 1, 5), "周末开放时间延长至晚上九点"), new(new DateOnly(2027, 6, 30), "完成门禁系统改造，实现全天刷卡开放")]),
        new(ProblemArea.Style, ProblemSource.OrganisationEvaluation,
            "联系学生不够，深入学生宿舍和课堂了解情况少。",
            "每两周到学生宿舍走访一次，每学期听课不少于8次，建立学生意见台账并逐条回复。",
            HandlingKind.FixNow, new DateOnly(2027, 1, 15), null, []),
    ];
}
