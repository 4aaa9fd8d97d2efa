using System.Text;
using System.Text.Json.Nodes;
using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Reviews;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Tests.Reviews;

public sealed class ReviewCardTests
{
    private const string LiNa = "200020";
    private static readonly DateTimeOffset Submitted = new(2026, 12, 8, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_decide_copy_approves_or_returns_with_the_author_and_version_in_every_buttons_data()
    {
        var card = Json(View(ReviewCardMode.Decide));

        Assert.Equal([ReviewCard.ApproveVerb, ReviewCard.ReturnVerb], ReviewCardJson.Verbs(card));
        Assert.All(ReviewCardJson.Buttons(card), b =>
        {
            Assert.Equal("200022", (string?)b["data"]![ReviewCard.AuthorKey]);
            Assert.Equal("2", (string?)b["data"]![ReviewCard.VersionKey]);
        });
        var comment = ReviewCardJson.Input(card, ReviewCard.CommentInput);
        Assert.Equal(MeasureLimits.ReturnComment, (int)comment["maxLength"]!);
        Assert.True((bool)comment["isMultiline"]!);
        Assert.Contains(Texts(card), t => t.Contains("退回修改时必填", StringComparison.Ordinal) && t.Contains("1000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_return_without_comment_comes_back_with_the_error_directly_under_the_comment_and_what_was_typed_kept()
    {
        var view = View(ReviewCardMode.Decide) with
        {
            Form = new ReviewCardForm(Comment: "   ", CommentError: ReviewCard.CommentRequiredText(UserLanguage.ZhCn)),
        };

        var card = Json(view);

        var elements = ReviewCardJson.Elements(card);
        var input = ReviewCardJson.IndexOf(card, e => (string?)e["id"] == ReviewCard.CommentInput);
        Assert.Equal("   ", (string?)elements[input]["value"]);
        var error = elements[input + 1];
        Assert.Equal(ReviewCard.CommentRequiredText(UserLanguage.ZhCn), (string?)error["text"]);
        Assert.Equal("Attention", (string?)error["color"]);
        Assert.Equal("Small", (string?)error["size"]);
    }

    [Fact]
    public void A_long_comment_typed_before_an_error_is_shown_back_whole()
    {
        var typed = SampleText.Chinese(MeasureLimits.ReturnComment);
        var card = Json(View(ReviewCardMode.Decide) with { Form = new ReviewCardForm(Comment: typed, CommentError: "x") });

        Assert.Equal(typed, (string?)ReviewCardJson.Input(card, ReviewCard.CommentInput)["value"]);
    }

    [Fact]
    public void A_branch_committee_copy_says_any_member_may_act_and_the_first_decision_stands()
    {
        var texts = Texts(Json(View(ReviewCardMode.Decide)));

        Assert.Contains(texts, t => t.Contains("以第一个决定为准", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_shows_who_submitted_with_number_unit_and_position_the_version_and_the_route_in_words()
    {
        var roster = DemoRoster.Create();
        var view = View(ReviewCardMode.Decide, "100013");

        var texts = Texts(Json(view));

        Assert.Contains("高原（100013）", texts);
        Assert.Contains("机关第二党支部", texts);
        Assert.Contains(texts, t => t.Contains("教务处正职", StringComparison.Ordinal) && t.Contains("机关第二党支部书记", StringComparison.Ordinal));
        Assert.Contains("第2版", texts);
        Assert.Contains("2026-12-08 09:30", texts);
        Assert.Contains(texts, t => t.Contains("机关部处和直属单位正职", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("机关第二党支部委员", StringComparison.Ordinal));
        Assert.NotNull(roster.Person("100013"));
    }

    [Fact]
    public void A_copy_shows_every_problem_with_area_source_handling_deadline_explanation_and_milestones()
    {
        var texts = Texts(Json(View(ReviewCardMode.Decide)));

        Assert.Contains("问题 2（共 3 个）：工作", texts);
        Assert.Contains("群众意见", texts);
        Assert.Contains("暂不具备整改条件：向群众说明，逐步整改", texts);
        Assert.Contains("2027-06-30", texts);
        Assert.Contains("向群众的说明", texts);
        Assert.Contains("门禁需要改造", texts);
        Assert.Contains("2027-01-05", texts);
        Assert.Contains("周末延长开放", texts);
        Assert.Contains("按期完成", texts);
        Assert.Contains("学用结合", texts);
    }

    [Fact]
    public void An_earlier_version_shows_who_returned_it_when_and_the_comment()
    {
        var texts = Texts(Json(View(ReviewCardMode.Decide)));

        Assert.Contains("第1版（2026-12-02 09:30 提交）：李娜 于 2026-12-03 09:30 退回", texts);
        Assert.Contains("意见：请补充联系学生的问题。", texts);
    }

    [Fact]
    public void Every_copy_refreshes_itself_for_its_holder_with_the_author_and_version()
    {
        var card = Json(View(ReviewCardMode.Closed) with { ViewerTeamsId = "29:abc", Banner = new ReviewCardBanner.Withdrawn(Submitted) });

        var refresh = card["refresh"]!;
        Assert.Equal(ReviewCard.RefreshVerb, (string?)refresh["action"]!["verb"]);
        Assert.Equal("200022", (string?)refresh["action"]!["data"]![ReviewCard.AuthorKey]);
        Assert.Equal("2", (string?)refresh["action"]!["data"]![ReviewCard.VersionKey]);
        Assert.Equal(["29:abc"], refresh["userIds"]!.AsArray().Select(n => (string)n!));
    }

    [Theory]
    [MemberData(nameof(Banners))]
    public void A_closed_copy_has_no_buttons_and_says_at_the_top_what_happened(ReviewCardBanner banner, string expected)
    {
        var card = Json(View(ReviewCardMode.Closed) with { Banner = banner });

        Assert.Empty(ReviewCardJson.Buttons(card));
        Assert.DoesNotContain(ReviewCardJson.Elements(card), e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        var top = (JsonObject)card["body"]![0]!;
        Assert.Contains(expected, TextHelpers.VisibleTexts(top));
    }

    public static TheoryData<ReviewCardBanner, string> Banners() => new()
    {
        { new ReviewCardBanner.Decided(ReviewOutcome.Approved, LiNa, Submitted.AddHours(2), null), "已由 李娜 于 2026-12-08 11:30 通过" },
        { new ReviewCardBanner.Decided(ReviewOutcome.Returned, LiNa, Submitted.AddHours(2), "写得不具体"), "意见：写得不具体" },
        { new ReviewCardBanner.Withdrawn(Submitted.AddHours(1)), "作者已于 2026-12-08 10:30 撤回此版本" },
        { new ReviewCardBanner.Forwarded("100020", "100002", Submitted), "已由校先进办（王芳）于 2026-12-08 09:30 转送给 刘洋 审核" },
        { new ReviewCardBanner.Rerouted("200021"), "已改由 陈静 审核" },
        { new ReviewCardBanner.Decided(ReviewOutcome.Returned, "100020", Submitted, "上级党委意见", External: true), "上级党委已退回（王芳 于 2026-12-08 09:30 记录）" },
    };

    [Fact]
    public void The_office_forwards_to_a_school_leader_with_the_units_liaison_preselected()
    {
        var roster = DemoRoster.Create();
        var view = View(ReviewCardMode.Forward, "200001") with
        {
            Candidates = [.. roster.Holders(Position.UniversityLeadershipMember)],
            SuggestedReviewer = "100002",
        };

        var card = Json(view);

        Assert.Equal([ReviewCard.ForwardVerb], ReviewCardJson.Verbs(card));
        var choices = ReviewCardJson.Input(card, ReviewCard.ReviewerInput);
        Assert.Equal("100002", (string?)choices["value"]);
        Assert.Contains("刘洋（100002）（联系该单位）", choices["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        Assert.Contains(Texts(card), t => t.Contains("一步操作", StringComparison.Ordinal) && t.Contains("联系该单位的校领导", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forward_refused_for_no_choice_keeps_the_choice_and_shows_the_error_under_the_list()
    {
        var roster = DemoRoster.Create();
        var view = View(ReviewCardMode.Forward, "200001") with
        {
            Candidates = [.. roster.Holders(Position.UniversityLeadershipMember)],
            SuggestedReviewer = "100002",
            Form = new ReviewCardForm(Reviewer: "100003", ChoiceError: ReviewCard.ChoiceRequiredText(UserLanguage.ZhCn)),
        };

        var card = Json(view);

        var elements = ReviewCardJson.Elements(card);
        var list = ReviewCardJson.IndexOf(card, e => (string?)e["id"] == ReviewCard.ReviewerInput);
        Assert.Equal("100003", (string?)elements[list]["value"]);
        Assert.Equal(ReviewCard.ChoiceRequiredText(UserLanguage.ZhCn), (string?)elements[list + 1]["text"]);
    }

    [Fact]
    public void The_office_assigns_after_a_fallback_says_why_and_never_gets_approve_or_return()
    {
        var roster = DemoRoster.Create();
        var view = View(ReviewCardMode.Assign, "2024030101") with { Candidates = [.. roster.Holders(Position.PrincipalLeader, DemoRoster.LettersCommittee)] };

        var card = Json(view);

        Assert.Equal([ReviewCard.AssignVerb], ReviewCardJson.Verbs(card));
        var texts = Texts(card);
        Assert.Contains("文学院研究生党支部除本人外没有支委，整改措施暂转校先进办指定审核人。", texts);
        Assert.Contains(texts, t => t.Contains("校先进办不直接通过或退回", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assign_copy_with_nobody_to_choose_says_so_and_has_no_button()
    {
        var card = Json(View(ReviewCardMode.Assign, "2024030101"));

        Assert.Empty(ReviewCardJson.Buttons(card));
        Assert.Contains(Texts(card), t => t.Contains("没有可选的人员", StringComparison.Ordinal));
    }

    [Fact]
    public void The_office_records_the_higher_committees_outcome_and_comment_kept_as_chosen()
    {
        var view = View(ReviewCardMode.External, "100001") with { Form = new ReviewCardForm(Comment: "请补充", Outcome: ReviewOutcome.Returned) };

        var card = Json(view);

        Assert.Equal([ReviewCard.ExternalVerb], ReviewCardJson.Verbs(card));
        var outcome = ReviewCardJson.Input(card, ReviewCard.OutcomeInput);
        Assert.Equal(nameof(ReviewOutcome.Returned), (string?)outcome["value"]);
        Assert.Equal([nameof(ReviewOutcome.Approved), nameof(ReviewOutcome.Returned)], outcome["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal("请补充", (string?)ReviewCardJson.Input(card, ReviewCard.CommentInput)["value"]);
        Assert.Contains(Texts(card), t => t.Contains("上级党委审核", StringComparison.Ordinal));
    }

    [Fact]
    public void The_inspection_groups_copy_says_it_assists_and_has_no_decision_buttons_or_inputs()
    {
        var card = Json(View(ReviewCardMode.Assist, "100002"));

        Assert.Empty(ReviewCardJson.Buttons(card));
        Assert.DoesNotContain(ReviewCardJson.Elements(card), e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        Assert.Contains(Texts(card), t => t.Contains("巡回检查组协助审核", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_actions_reason_is_the_first_thing_on_the_card_desktop_shows_in_place_of_the_clicked_one()
    {
        var card = Json(View(ReviewCardMode.Closed) with { Notice = "已由 李娜 于 2026-12-09 10:00 作出决定（通过），不能再次审核或撤回。" });

        var first = ReviewCardJson.Elements(card)[0];
        Assert.Equal("已由 李娜 于 2026-12-09 10:00 作出决定（通过），不能再次审核或撤回。", (string?)first["text"]);
        Assert.Equal("Attention", (string?)first["color"]);
    }

    [Fact]
    public void A_realistic_submission_shows_whole_without_full_text_buttons()
    {
        var card = Json(View(ReviewCardMode.Decide));

        Assert.DoesNotContain(ReviewCard.FullTextVerb, ReviewCardJson.Verbs(card));
        Assert.DoesNotContain(Texts(card), t => t.Contains("查看全文", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("review-decide")]
    [InlineData("review-forward")]
    [InlineData("review-assign")]
    [InlineData("review-external")]
    [InlineData("review-assist")]
    [InlineData("review-closed")]
    public void A_submission_at_every_limit_fits_Teams_28_KB_in_both_languages(string entry)
    {
        foreach (var language in Enum.GetValues<UserLanguage>())
        {
            var card = CardCatalog.All.Single(e => e.Name == entry).MaximumLength(language).ToJsonNode();

            Assert.InRange(TeamsMessage.SizeInBytes(card), 1, 28 * 1024);
        }
    }

    [Fact]
    public void A_submission_at_every_limit_is_cut_and_offers_the_full_text_of_each_problem_and_of_the_rest()
    {
        var card = CardCatalog.All.Single(e => e.Name == "review-decide").MaximumLength(UserLanguage.ZhCn).ToJsonNode();

        var full = ReviewCardJson.Buttons(card).Where(b => (string?)b["verb"] == ReviewCard.FullTextVerb).ToList();
        Assert.Equal(
            [.. Enumerable.Range(0, MeasureLimits.Problems).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), null],
            full.Select(b => (string?)b["data"]![ReviewCard.ProblemKey]));
        var texts = Texts(card);
        Assert.Contains(texts, t => t.EndsWith('…') && TextHelpers.ChineseCount(t) > 20);
        Assert.Contains(texts, t => t.StartsWith("内容较长", StringComparison.Ordinal) && t.Contains("查看全文", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_long_text_is_cut_when_one_problem_is_long_and_the_others_short()
    {
        var view = View(ReviewCardMode.Decide);
        var shortOne = view.Version.Problems[1];
        var longOne = shortOne with
        {
            Description = SampleText.Chinese(MeasureLimits.Description),
            Measures = SampleText.Chinese(MeasureLimits.Measures),
            Explanation = SampleText.Chinese(MeasureLimits.Explanation),
            Milestones = [.. Enumerable.Range(1, MeasureLimits.Milestones).Select(m => new Milestone(new DateOnly(2027, m, 1), SampleText.Chinese(MeasureLimits.MilestoneDescription)))],
        };
        var card = Json(view with { Version = view.Version with { Problems = [longOne, .. Enumerable.Repeat(shortOne, MeasureLimits.Problems - 1)] } });

        var full = ReviewCardJson.Buttons(card).Where(b => (string?)b["verb"] == ReviewCard.FullTextVerb).ToList();
        Assert.Equal("0", (string?)Assert.Single(full)["data"]![ReviewCard.ProblemKey]);
        Assert.Contains("门禁需要改造", Texts(card));
    }

    [Fact]
    public void A_closed_copy_of_a_long_submission_says_it_is_shortened_but_has_no_button()
    {
        var card = CardCatalog.All.Single(e => e.Name == "review-closed").MaximumLength(UserLanguage.ZhCn).ToJsonNode();

        Assert.Empty(ReviewCardJson.Buttons(card));
        Assert.Contains(Texts(card), t => t.EndsWith('…'));
        Assert.DoesNotContain(Texts(card), t => t.Contains("查看全文", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReviewCardMode.Decide)]
    [InlineData(ReviewCardMode.Forward)]
    [InlineData(ReviewCardMode.Assign)]
    [InlineData(ReviewCardMode.External)]
    [InlineData(ReviewCardMode.Assist)]
    [InlineData(ReviewCardMode.Closed)]
    public void An_English_copy_of_English_text_has_no_Chinese(ReviewCardMode mode)
    {
        var view = EnglishView(mode);

        var texts = TextHelpers.VisibleTexts(ReviewCard.Build(UserLanguage.En, view).ToJsonNode());

        Assert.All(texts, t => Assert.True(TextHelpers.ChineseCount(t) == 0, $"'{t}' has Chinese"));
        Assert.Contains(texts, t => t.Contains("Problem 1 of 1: Work", StringComparison.Ordinal));
    }

    private static JsonObject Json(ReviewCardView view) => ReviewCard.Build(UserLanguage.ZhCn, view).ToJsonNode();

    private static IReadOnlyList<string> Texts(JsonObject card) => TextHelpers.VisibleTexts(card);

    /// <summary>A second version with one returned earlier version, by default 张伟's before his branch committee.</summary>
    internal static ReviewCardView View(ReviewCardMode mode, string authorNumber = "200022")
    {
        var roster = DemoRoster.Create();
        var author = roster.Person(authorNumber)!;
        var route = ReviewRouter.RouteFor(author, roster);
        var version = new SubmissionVersion
        {
            AuthorNumber = authorNumber,
            Version = 2,
            Problems =
            [
                new(ProblemArea.Thought, ProblemSource.SelfAnalysis, "学习不系统", "每周自学4小时，学用结合", HandlingKind.FixNow, new DateOnly(2027, 1, 10), null, []),
                new(ProblemArea.Work, ProblemSource.MassesOpinion, "实验室开放时间短", "延长开放时间", HandlingKind.CannotFixYet, new DateOnly(2027, 6, 30),
                    "门禁需要改造", [new(new DateOnly(2027, 1, 5), "周末延长开放"), new(new DateOnly(2027, 6, 30), "门禁改造完成")]),
                new(ProblemArea.Style, ProblemSource.OrganisationEvaluation, "联系学生不够", "每两周走访宿舍", HandlingKind.FixNow, new DateOnly(2027, 1, 15), null, []),
            ],
            Commitment = "按期完成",
            Lessons = "学用结合",
            Route = route,
            Reviewers = route.Reviewers,
            Status = MeasureStatus.AwaitingReview,
            SubmittedAt = Submitted,
            AuthorUnitCode = author.PartyUnitCode,
        };
        var first = version with
        {
            Version = 1,
            SubmittedAt = Submitted.AddDays(-6),
            Status = MeasureStatus.Returned,
            Decision = new ReviewDecision(ReviewOutcome.Returned, LiNa, Submitted.AddDays(-5), "请补充联系学生的问题。"),
        };
        return new ReviewCardView { Version = version, Author = author, Roster = roster, Mode = mode, EarlierVersions = [first] };
    }

    private static ReviewCardView EnglishView(ReviewCardMode mode)
    {
        var units = new[]
        {
            new OrganisationUnit("U", "University committee", UnitKind.UniversityCommittee, null),
            new OrganisationUnit("C", "School of Computing committee", UnitKind.SecondaryCommittee, "U"),
            new OrganisationUnit("B", "Staff branch 3", UnitKind.Branch, "C"),
        };
        var people = new[]
        {
            new Person { Number = "1", Name = "Zhang Wei", PartyUnitCode = "B", Positions = [new(Position.LeadershipTeamMember, "C")] },
            new Person { Number = "2", Name = "Li Na", PartyUnitCode = "B", Positions = [new(Position.PrincipalLeader, "C")] },
            new Person { Number = "3", Name = "Wang Fang", Positions = [new(Position.OfficeStaff)] },
        };
        var roster = new Core.Roster.Roster(units, people);
        var route = mode == ReviewCardMode.Assign
            ? new ReviewRoute(RoutingRule.LeadershipTeamMember, [], false, false, false, new RouteFallback(RouteFallbackReason.NoPrincipalLeader, "C"), null)
            : ReviewRouter.RouteFor(people[0], roster);
        var version = new SubmissionVersion
        {
            AuthorNumber = "1",
            Version = 2,
            Problems =
            [
                new(ProblemArea.Work, ProblemSource.MassesOpinion, "The lab closes early.", "Open it longer.", HandlingKind.CannotFixYet, new DateOnly(2027, 6, 30),
                    "The doors need new locks.", [new(new DateOnly(2027, 1, 5), "Open on weekends")]),
            ],
            Commitment = "I will finish on time.",
            Lessons = new StringBuilder().Append('x', MeasureLimits.Lessons).ToString(),
            Route = route,
            Reviewers = route.Reviewers,
            Status = MeasureStatus.AwaitingReview,
            SubmittedAt = Submitted,
            AuthorUnitCode = "B",
        };
        var first = version with { Version = 1, Decision = new ReviewDecision(ReviewOutcome.Returned, "2", Submitted, "Be more specific.") };
        return new ReviewCardView
        {
            Version = version,
            Author = people[0],
            Roster = roster,
            Mode = mode,
            EarlierVersions = [first, version with { Version = 0, WithdrawnAt = Submitted }],
            Candidates = [people[1]],
            SuggestedReviewer = "2",
            Form = new ReviewCardForm("Too vague", CommentError: ReviewCard.CommentRequiredText(UserLanguage.En), ChoiceError: ReviewCard.ChoiceRequiredText(UserLanguage.En)),
            Banner = new ReviewCardBanner.Decided(ReviewOutcome.Returned, "2", Submitted, "Be more specific."),
        };
    }
}
