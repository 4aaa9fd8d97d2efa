using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Surveys;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class IngestSurveyReplyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Teams_replies_are_held_until_five_have_arrived_then_written_together()
    {
        await using var setup = await SurveyFunctionSetup.StartAsync(azurite);
        var survey = (await setup.CreateSurveyAsync(SurveyFunctionSetup.Roster(6), 6)).Survey!;
        var replies = setup.Services.GetRequiredService<SurveyReplies>();
        var box = setup.Services.GetRequiredService<ISurveyBallotBox>();

        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await replies.AcceptFromTeamsAsync(survey.Id, $"M{i:D3}", SurveyReplyForm.Of(SatisfactionChoice.Satisfied, null)));
        }

        await Eventually.HoldsAsync(async () => await box.HeldCountAsync(survey.Id) == 4, TimeSpan.FromSeconds(30), "four held");
        Assert.Empty(await box.AnswersAsync(survey.Id));

        Assert.Null(await replies.AcceptFromTeamsAsync(survey.Id, "M004", SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, "<script>alert('x')</script>")));

        Assert.Equal(5, await setup.WaitForAnswersAsync(survey.Id, 5));
        Assert.Equal(0, await box.HeldCountAsync(survey.Id));
        Assert.Contains(await box.AnswersAsync(survey.Id), a => a.Opinion == "<script>alert('x')</script>");
    }

    [Fact]
    public async Task A_message_delivered_twice_is_counted_once()
    {
        await using var setup = await SurveyFunctionSetup.StartAsync(azurite);
        var survey = (await setup.CreateSurveyAsync(SurveyFunctionSetup.Roster(6), 6)).Survey!;
        var queue = setup.Services.GetRequiredService<ISurveyReplyQueue>();
        var answer = new SurveyAnswer { Category = ParticipantCategory.PartyMember, Choice = SatisfactionChoice.Satisfied, Source = ReplySource.Teams };

        var twice = new SurveyReply { SurveyId = survey.Id, BallotId = "ballot-twice", Answer = answer };
        await queue.EnqueueAsync(twice);
        await queue.EnqueueAsync(twice);
        for (var i = 0; i < 4; i++)
        {
            await queue.EnqueueAsync(new SurveyReply { SurveyId = survey.Id, BallotId = "ballot-" + i, Answer = answer });
        }

        Assert.Equal(5, await setup.WaitForAnswersAsync(survey.Id, 5));
        await Task.Delay(1000);
        Assert.Equal(5, (await setup.Services.GetRequiredService<ISurveyBallotBox>().AnswersAsync(survey.Id)).Count);
        Assert.Equal(0, await setup.Services.GetRequiredService<ISurveyBallotBox>().HeldCountAsync(survey.Id));
    }

    [Fact]
    public async Task A_reply_to_an_unknown_survey_is_dropped_and_logged_without_its_content()
    {
        await using var setup = await SurveyFunctionSetup.StartAsync(azurite);
        var answer = new SurveyAnswer { Category = ParticipantCategory.Other, Choice = SatisfactionChoice.Dissatisfied, Opinion = "秘密意见", Source = ReplySource.Web };

        await setup.Services.GetRequiredService<ISurveyReplyQueue>().EnqueueAsync(new SurveyReply { SurveyId = "JSJ-20990101-000000", BallotId = "b", Answer = answer });

        await Eventually.HoldsAsync(() => Task.FromResult(setup.Logs.AllText.Contains("JSJ-20990101-000000", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "the drop is logged");
        Assert.DoesNotContain("秘密意见", setup.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_window_closes_the_results_include_answers_still_held()
    {
        await using var setup = await SurveyFunctionSetup.StartAsync(azurite);
        var survey = new Survey
        {
            Id = "JSJ-20251201-00aa11",
            UnitCode = "JSJ",
            UnitName = "计算机学院党委",
            Window = SurveyWindow.FromChinaDates(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 7)),
            Seed = 3,
            AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 20 },
            CreatedByNumber = "L001",
            CreatedAt = new DateTimeOffset(2025, 11, 30, 0, 0, 0, TimeSpan.Zero),
        };
        await setup.Services.GetRequiredService<ISurveyRepository>().AddAsync(survey, [], []);
        var box = setup.Services.GetRequiredService<ISurveyBallotBox>();
        await box.HoldAsync(survey.Id, "b1", new SurveyAnswer { Category = ParticipantCategory.PartyMember, Choice = SatisfactionChoice.Satisfied, Source = ReplySource.Teams });
        await box.HoldAsync(survey.Id, "b2", new SurveyAnswer { Category = ParticipantCategory.PartyMember, Choice = SatisfactionChoice.Dissatisfied, Source = ReplySource.Teams });

        var results = await setup.Services.GetRequiredService<SurveyResults>().TallyAsync(survey.Id);

        Assert.Equal(2, results!.Value.Tally.Answers);
        Assert.Equal(MajorityVerdict.InsufficientResponse, results.Value.Tally.Verdict);
    }
}
