using System.Globalization;
using System.Net;
using System.Text;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Storage.Measures;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Reviews;

/// <summary>
/// "查看全文" on a review card (review-full): the submission with nothing cut, to those the access policy lets read it,
/// in as many messages as Teams' message size needs; anyone else is refused in their language.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewFullTextTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ZhangWei = "200022";

    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_branch_secretary_reads_every_problem_in_full_in_Chinese()
    {
        var liNa = _demo.Persona("lina", "李娜");
        await _demo.TypeAsync(liNa, "你好");
        await _demo.SubmitTypedDraftAsync(_demo.Persona("zhangwei", "张伟"), "请假手续不全，两次事后才补假条");

        var text = DemoUniversityBot.TextOf(await _demo.SendAsync(ReviewButtons.Submit(liNa, ReviewCard.FullTextVerb, ZhangWei, 1)));

        Assert.Contains("张伟（200022） 第1版整改措施全文", text, StringComparison.Ordinal);
        Assert.Contains("问题 1（共 1 个）：纪律", text, StringComparison.Ordinal);
        Assert.Contains("请假手续不全，两次事后才补假条", text, StringComparison.Ordinal);
        Assert.Contains("严格履行请假手续", text, StringComparison.Ordinal);
        Assert.Contains("严格遵守纪律", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_member_with_an_English_client_reads_it_in_English()
    {
        var chenJing = _demo.Persona("chenjing", "陈静", locale: "en-US");
        await _demo.TypeAsync(chenJing, "hello");
        await _demo.SubmitTypedDraftAsync(_demo.Persona("zhangwei", "张伟"));

        var text = DemoUniversityBot.TextOf(await _demo.SendAsync(ReviewButtons.Submit(chenJing, ReviewCard.FullTextVerb, ZhangWei, 1)));

        Assert.Contains("Full text of the measures of 张伟 (200022), version 1", text, StringComparison.Ordinal);
        Assert.Contains("Problem 1 of 1: Discipline", text, StringComparison.Ordinal);
        Assert.Contains("请假手续不全", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zhaolei", "赵磊", "zh-CN", UserLanguage.ZhCn)]
    [InlineData("fangyuan", "方圆", "en-US", UserLanguage.En)]
    public async Task A_member_who_may_not_read_the_measures_is_refused_and_sees_none_of_the_text(string account, string name, string locale, UserLanguage language)
    {
        var branchMember = _demo.Persona(account, name, locale);
        await _demo.SubmitTypedDraftAsync(_demo.Persona("zhangwei", "张伟"), "请假手续不全，两次事后才补假条");

        var text = DemoUniversityBot.TextOf(await _demo.SendAsync(ReviewButtons.Submit(branchMember, ReviewCard.FullTextVerb, ZhangWei, 1)));

        Assert.Contains(CardText.Get(language, "Review_FullText_Refused"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("请假手续不全", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_at_every_limit_arrives_on_desktop_in_several_messages_within_the_budget_and_the_card_stays()
    {
        var liNa = _demo.Persona("lina", "李娜");
        await _demo.TypeAsync(liNa, "你好");
        var zhangWei = _demo.Persona("zhangwei", "张伟");
        var draft = await ArrangeDraftAtEveryLimitAsync();
        Assert.Contains("李娜", DemoUniversityBot.TextOf(await _demo.TypeAsync(zhangWei, "提交")), StringComparison.Ordinal);

        var (status, body) = await _demo.InvokeAsync(ReviewButtons.Execute(liNa, ReviewCard.FullTextVerb, ZhangWei, 1));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body!["type"]);
        Assert.Contains(ReviewCard.ApproveVerb, DemoUniversityBot.Readable(body["value"]!), StringComparison.Ordinal);
        var sent = _demo.Teams.RequestsTo(liNa.ConversationId).Where(r => r.Method == "POST").Select(r => (string)r.Json!["text"]!).ToList();
        Assert.True(sent.Count > 1, "a submission at every limit needs several messages");
        Assert.All(sent, t => Assert.InRange(Encoding.Unicode.GetByteCount(t), 1, ReviewFullText.MaxMessageBytes));
        Assert.Equal(
            [.. Enumerable.Range(1, sent.Count).Select(i => CardText.Format(UserLanguage.ZhCn, "Review_FullText_Part", i, sent.Count))],
            sent.Select(t => t[..t.IndexOf('\n', StringComparison.Ordinal)]));
        var all = string.Concat(sent);
        Assert.All(draft.Problems, p =>
        {
            Assert.Contains(p.Description!, all, StringComparison.Ordinal);
            Assert.Contains(p.Measures!, all, StringComparison.Ordinal);
            Assert.Contains(p.Explanation!, all, StringComparison.Ordinal);
        });
        Assert.Contains(draft.Lessons!, all, StringComparison.Ordinal);
    }

    /// <summary>张伟's draft with ten problems, every text at its limit and each its own, ready to submit.</summary>
    private async Task<MeasureDraft> ArrangeDraftAtEveryLimitAsync()
    {
        static string Text(int problem, string field, int length) => SampleText.Marked(string.Create(CultureInfo.InvariantCulture, $"[{problem}{field}]"), length);

        var now = DateTimeOffset.UtcNow;
        var draft = new MeasureDraft
        {
            AuthorNumber = ZhangWei,
            Problems = [.. Enumerable.Range(1, MeasureLimits.Problems).Select(i => new ProblemDraft
            {
                Area = ProblemArea.Work,
                Source = ProblemSource.MassesOpinion,
                Description = Text(i, "D", MeasureLimits.Description),
                Measures = Text(i, "M", MeasureLimits.Measures),
                Handling = HandlingKind.CannotFixYet,
                Explanation = Text(i, "E", MeasureLimits.Explanation),
                Milestones = [.. Enumerable.Range(1, MeasureLimits.Milestones).Select(m => new Milestone(new DateOnly(2027, m, 1), Text(i, "S" + m, MeasureLimits.MilestoneDescription)))],
                Deadline = new DateOnly(2027, 6, 30),
            })],
            Commitment = Text(0, "C", MeasureLimits.Commitment),
            Lessons = Text(0, "L", MeasureLimits.Lessons),
            LessonsAnswered = true,
            Step = DraftStep.Preview,
            StartedAt = now,
            UpdatedAt = now,
        };
        Assert.IsType<DraftSave.Saved>(await new TableMeasureRepository(_demo.Tables).SaveDraftAsync(draft));
        return draft;
    }
}
