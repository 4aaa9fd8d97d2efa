using System.Text.Json;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage;
using RectifyBot.Storage.Queues;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// "录入纸质票 &lt;id&gt;" through the built bot: the organiser's form, a wrong number shown under its field with everything
/// kept, the counts and opinions queued for the one ingestion path without anyone's name, who entered recorded once
/// even when the form is sent twice, and other people refused.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PaperBallotsChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_organiser_enters_a_paper_form_once_with_a_wrong_number_corrected_and_a_member_is_refused()
    {
        var repository = new TableSurveyRepository(_demo.Tables);
        var survey = DemoSurveys.Computing(DemoSurveys.OpenForAWeek, new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 30, [ParticipantCategory.RetiredStaff] = 8 });
        await repository.AddAsync(survey, [], []);
        var huangLei = _demo.Persona("huanglei", "黄磊");
        var zhangWei = _demo.Persona("zhangwei", "张伟");

        var refused = await _demo.SendAsync(zhangWei.Message("录入纸质票 " + survey.Id));
        var form = DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("录入纸质票 " + survey.Id)));
        var send = form["actions"]![0]!["data"]!.AsObject();
        var fields = new JsonObject
        {
            ["verb"] = "paper-ballots-enter",
            ["surveyId"] = (string?)send["surveyId"],
            ["entryId"] = (string?)send["entryId"],
            ["source"] = "Paper",
            ["opinions"] = "食堂要改进\n\n  \n实验室**开放**时间太短",
            ["PartyMember.Satisfied"] = "１２",
            ["PartyMember.Dissatisfied"] = "三",
            ["RetiredStaff.BasicallySatisfied"] = "2",
        };
        var corrected = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.CardSubmit(fields.DeepClone().AsObject()))));
        fields["PartyMember.Dissatisfied"] = "3";
        var done = await _demo.SendAsync(huangLei.CardSubmit(fields.DeepClone().AsObject()));
        var twice = await _demo.SendAsync(huangLei.CardSubmit(fields.DeepClone().AsObject()));

        Assert.Contains("只有本单位党组织负责人", (string?)refused.Single()!["text"], StringComparison.Ordinal);
        Assert.Contains("PartyMember.Satisfied", DemoUniversityBot.Readable(form), StringComparison.Ordinal);
        Assert.Contains("离退休人员", DemoUniversityBot.Readable(form), StringComparison.Ordinal);
        Assert.Contains("请填写 0 到 100000 之间的整数", corrected, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"三\"", corrected, StringComparison.Ordinal);
        Assert.Contains("实验室**开放**时间太短", corrected, StringComparison.Ordinal);
        Assert.Equal("已录入计算机学院党委的测评：17 张票、2 条意见（录入人：黄磊）。", (string?)done.Single()!["text"]);
        Assert.Equal((string?)done.Single()!["text"], (string?)twice.Single()!["text"]);

        var entry = Assert.Single(await repository.PaperEntriesAsync(survey.Id));
        Assert.Equal("200001", entry.EnteredByNumber);
        Assert.Equal((17, 2), (entry.Answers, entry.Opinions));

        // 19 replies queued per send; the ballot ids repeat, so ingestion counts the second send's copies once.
        var queue = StorageClients.Queue(_demo.Bot.Storage, QueueNames.Qualify(_demo.Bot.Storage.QueuePrefix, QueueNames.SurveyReplies), DeliveryQueueClient.ClientOptions());
        var replies = (await QueuedAsync(queue)).Select(m => JsonSerializer.Deserialize<SurveyReply>(m)!).Where(r => r.SurveyId == survey.Id).ToList();
        Assert.Equal(38, replies.Count);
        Assert.Equal(19, replies.Select(r => r.BallotId).Distinct().Count());
        Assert.All(replies, r => Assert.Equal(ReplySource.Paper, r.Answer.Source));
        Assert.All(replies, r => Assert.DoesNotContain("200001", JsonSerializer.Serialize(r), StringComparison.Ordinal));
    }

    /// <summary>Every message in the queue (the bot tests share it; no function consumes it here), hidden for a minute as read.</summary>
    internal static async Task<List<string>> QueuedAsync(Azure.Storage.Queues.QueueClient queue)
    {
        var all = new List<string>();
        while ((await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value is { Length: > 0 } batch)
        {
            all.AddRange(batch.Select(m => m.Body.ToString()));
        }

        return all;
    }
}
