using System.Globalization;
using System.Text;
using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Tests.Reviews;

/// <summary>"查看全文": the submission with nothing cut, in as many chat messages as it needs, each within Teams' message size.</summary>
public sealed class ReviewFullTextTests
{
    [Theory]
    [InlineData(UserLanguage.ZhCn, "张伟（200022） 第2版整改措施全文", "问题 2（共 3 个）：工作")]
    [InlineData(UserLanguage.En, "Full text of the measures of 张伟 (200022), version 2", "Problem 2 of 3: Work")]
    public void A_realistic_submission_is_one_message_with_every_field_of_every_problem(UserLanguage language, string title, string heading)
    {
        var view = ReviewCardTests.View(ReviewCardMode.Decide);

        var message = Assert.Single(Messages(language, view));

        Assert.StartsWith(title, message, StringComparison.Ordinal);
        Assert.Contains(heading, message, StringComparison.Ordinal);
        foreach (var text in new[] { "学习不系统", "每周自学4小时，学用结合", "门禁需要改造", "2027-01-05 周末延长开放", "2027-06-30 门禁改造完成", "按期完成", "学用结合", "请补充联系学生的问题。" })
        {
            Assert.Contains(text, message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(CardText.Format(language, "Review_FullText_Part", 1, 1), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn)]
    [InlineData(UserLanguage.En)]
    public void A_submission_at_every_limit_is_split_into_numbered_messages_each_within_the_budget_and_nothing_is_cut(UserLanguage language)
    {
        var view = Maximum();

        var messages = Messages(language, view);

        Assert.True(messages.Count > 1, "a submission at every limit needs several messages");
        Assert.All(messages, m => Assert.InRange(Encoding.Unicode.GetByteCount(m), 1, ReviewFullText.MaxMessageBytes));
        Assert.Equal(
            [.. Enumerable.Range(1, messages.Count).Select(i => CardText.Format(language, "Review_FullText_Part", i, messages.Count))],
            messages.Select(m => m[..m.IndexOf('\n', StringComparison.Ordinal)]));
        var all = string.Concat(messages);
        foreach (var problem in view.Version.Problems)
        {
            Assert.Contains(problem.Description, all, StringComparison.Ordinal);
            Assert.Contains(problem.Measures, all, StringComparison.Ordinal);
            Assert.Contains(problem.Explanation!, all, StringComparison.Ordinal);
            Assert.All(problem.Milestones, m => Assert.Contains(m.Description, all, StringComparison.Ordinal));
        }

        Assert.Contains(view.Version.Commitment, all, StringComparison.Ordinal);
        Assert.Contains(view.Version.Lessons!, all, StringComparison.Ordinal);
        Assert.Contains(view.EarlierVersions[0].Decision!.Comment!, all, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_come_in_order_and_a_problem_that_fits_is_never_split_between_messages()
    {
        var view = Maximum();

        var messages = Messages(UserLanguage.ZhCn, view);

        var positions = view.Version.Problems.Select(p => messages.Select((m, i) => (i, m.IndexOf(p.Description, StringComparison.Ordinal))).First(x => x.Item2 >= 0)).ToList();
        Assert.Equal(positions.OrderBy(p => p.i).ThenBy(p => p.Item2), positions);
        Assert.All(view.Version.Problems, p => Assert.Single(messages, m => m.Contains(p.Description, StringComparison.Ordinal) && m.Contains(p.Measures, StringComparison.Ordinal)));
    }

    private static IReadOnlyList<string> Messages(UserLanguage language, ReviewCardView view) =>
        ReviewFullText.Messages(language, view.Author, view.Version, view.EarlierVersions, view.Roster);

    /// <summary>Ten problems with every text at its limit, each problem's texts its own (numbered), and a returned first version.</summary>
    private static ReviewCardView Maximum()
    {
        var view = ReviewCardTests.View(ReviewCardMode.Decide);
        static string Text(int problem, string field, int length) => SampleText.Marked(string.Create(CultureInfo.InvariantCulture, $"[{problem}{field}]"), length);

        var problems = Enumerable.Range(1, MeasureLimits.Problems).Select(i => new Problem(
            ProblemArea.Work, ProblemSource.MassesOpinion, Text(i, "D", MeasureLimits.Description), Text(i, "M", MeasureLimits.Measures), HandlingKind.CannotFixYet,
            new DateOnly(2027, 6, 30), Text(i, "E", MeasureLimits.Explanation),
            [.. Enumerable.Range(1, MeasureLimits.Milestones).Select(m => new Milestone(new DateOnly(2027, m, 1), Text(i, "S" + m, MeasureLimits.MilestoneDescription)))])).ToList();
        var earlier = view.EarlierVersions[0];
        return view with
        {
            Version = view.Version with
            {
                Problems = problems,
                Commitment = Text(0, "C", MeasureLimits.Commitment),
                Lessons = Text(0, "L", MeasureLimits.Lessons),
            },
            EarlierVersions = [earlier with { Decision = earlier.Decision! with { Comment = Text(0, "R", MeasureLimits.ReturnComment) } }],
        };
    }
}
