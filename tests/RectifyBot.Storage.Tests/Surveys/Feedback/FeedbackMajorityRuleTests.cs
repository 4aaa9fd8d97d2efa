using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;
using RectifyBot.Testing.Storage;
using static RectifyBot.Storage.Tests.Surveys.Feedback.FeedbackWorld;
using MajorityVerdict = RectifyBot.Core.Plans.Feedback.MajorityVerdict;

namespace RectifyBot.Storage.Tests.Surveys.Feedback;

/// <summary>
/// The majority rule at a plan's window close, with the answers given as people give them (cards and one-time links,
/// accepted, queued and ingested) and the window closed by the plan workflow: 20 asked, so the quorum is 5 counted
/// answers (满意, 基本满意, 不满意); 不了解 does not count.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedbackMajorityRuleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Most_dissatisfied_sends_the_plan_back_for_revision_with_the_opinions_for_its_author()
    {
        var (world, version) = await ClosedAsync(
            [.. Choices(SatisfactionChoice.Dissatisfied, 3), (SatisfactionChoice.Dissatisfied, "责任人写得不清楚"), (SatisfactionChoice.Satisfied, null), (SatisfactionChoice.BasicallySatisfied, null)]);

        Assert.Equal(PlanStatus.RevisionRequired, version.Status);
        Assert.Equal((MajorityVerdict.MostDissatisfied, new FeedbackCounts(InScope, 1, 1, 4, 0)), (version.Decision!.Verdict, version.Decision.Counts));
        var notice = Assert.Single(await world.Plans.NoticesAsync(Unit));
        Assert.Equal(("aad-0100", "RevisionToAuthor: 责任人写得不清楚"), (notice.GetString("RecipientAadObjectId"), notice.GetString("Text0")));
    }

    [Fact]
    public async Task Exactly_half_dissatisfied_is_not_most_and_the_plan_is_accepted()
    {
        var (_, version) = await ClosedAsync([.. Choices(SatisfactionChoice.Dissatisfied, 3), .. Choices(SatisfactionChoice.Satisfied, 2), .. Choices(SatisfactionChoice.BasicallySatisfied, 1)]);

        Assert.Equal(PlanStatus.Accepted, version.Status);
        Assert.Equal((MajorityVerdict.NotDissatisfied, new FeedbackCounts(InScope, 2, 1, 3, 0)), (version.Decision!.Verdict, version.Decision.Counts));
    }

    [Fact]
    public async Task Fewer_counted_answers_than_the_quorum_go_to_the_office_however_dissatisfied()
    {
        var (_, version) = await ClosedAsync([.. Choices(SatisfactionChoice.Dissatisfied, 4), .. Choices(SatisfactionChoice.DontKnow, 3)]);

        Assert.Equal(PlanStatus.AwaitingOfficeDecision, version.Status);
        Assert.Equal((MajorityVerdict.InsufficientResponse, new FeedbackCounts(InScope, 0, 0, 4, 3)), (version.Decision!.Verdict, version.Decision.Counts));
    }

    [Fact]
    public async Task Nobody_answering_goes_to_the_office()
    {
        var (_, version) = await ClosedAsync([]);

        Assert.Equal(PlanStatus.AwaitingOfficeDecision, version.Status);
        Assert.Equal((MajorityVerdict.InsufficientResponse, FeedbackCounts.None(InScope)), (version.Decision!.Verdict, version.Decision.Counts));
    }

    [Fact]
    public async Task Only_dont_know_answers_count_for_nothing_and_go_to_the_office()
    {
        var (_, version) = await ClosedAsync(Choices(SatisfactionChoice.DontKnow, 12));

        Assert.Equal(PlanStatus.AwaitingOfficeDecision, version.Status);
        Assert.Equal((MajorityVerdict.InsufficientResponse, new FeedbackCounts(InScope, 0, 0, 0, 12)), (version.Decision!.Verdict, version.Decision.Counts));
    }

    /// <summary>Publishes JSJ's plan, gives the answers, closes the window after its end; the version as stored.</summary>
    private async Task<(FeedbackWorld World, PlanVersion Version)> ClosedAsync((SatisfactionChoice? Choice, string? Opinion)[] answers)
    {
        var world = await CreateAsync(azurite);
        var opening = (await world.PublishedAsync()).Feedback!;
        await world.AnsweredAsync(opening, answers);
        world.PassWindow();

        var outcome = await world.Plans.Actions.CloseWindowAsync(Unit, 1);

        Assert.Equal(PlanActionResult.Done, outcome.Result);
        return (world, (await world.Plans.Repository.LoadAsync(Unit)).Version(1)!);
    }
}
