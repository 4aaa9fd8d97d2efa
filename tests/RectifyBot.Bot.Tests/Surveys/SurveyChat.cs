using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Queues;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// The demo bot with queues of its own (so the survey-replies queue holds only this test's replies), and the steps the
/// survey tests share: members who have talked to the bot, 李娜 (secretary of 教工第三党支部) creating the branch's
/// survey from the card, the outbox rows delivered to the fake Teams, the queued replies read back.
/// </summary>
public sealed class SurveyChat : IAsyncDisposable
{
    public const string Branch = DemoRoster.ComputingStaffBranch3;

    private readonly string _queuePrefix;
    private readonly AzuriteFixture _azurite;
    private OutboxCourier? _courier;

    private SurveyChat(AzuriteFixture azurite, DemoUniversityBot demo, string queuePrefix)
    {
        _azurite = azurite;
        Demo = demo;
        _queuePrefix = queuePrefix;
    }

    public DemoUniversityBot Demo { get; }

    /// <summary>The prefix of this bot's queues.</summary>
    public string QueuePrefix => _queuePrefix;

    public static async Task<SurveyChat> StartAsync(AzuriteFixture azurite)
    {
        var prefix = AzuriteFixture.UniquePrefix();
        var demo = await DemoUniversityBot.StartAsync(azurite, new Dictionary<string, string?> { ["Storage__QueuePrefix"] = prefix });
        return new SurveyChat(azurite, demo, prefix);
    }

    /// <summary>A persona who has opened the bot (bound to the roster, conversation address stored).</summary>
    public async Task<TeamsActivities> MemberAsync(string account, string name, string locale = "zh-CN")
    {
        var who = Demo.Persona(account, name, locale);
        await Demo.TypeAsync(who, locale.StartsWith("en", StringComparison.Ordinal) ? "help" : "帮助");
        return who;
    }

    /// <summary>Opens the new-survey card, fills the quotas and presses create (Action.Execute); returns the invoke's card and the new survey's id.</summary>
    public async Task<(JsonObject Card, string SurveyId)> CreateAsync(TeamsActivities organiser, params (string Id, string Value)[] typed)
    {
        var form = DemoUniversityBot.CardOf(await Demo.SendAsync(organiser.Message("新建测评")));
        var (status, body) = await Demo.InvokeAsync(organiser.CardAction(SurveyVerbs.Create, CardForm.Submission(form, SurveyVerbs.Create, typed)));
        Assert.Equal(HttpStatusCode.OK, status);
        var card = body!["value"]!.AsObject();
        var surveyId = (await SurveysAsync()).Single().Id;
        await FanOutAsync(surveyId);
        return (card, surveyId);
    }

    public async Task<IReadOnlyList<Survey>> SurveysAsync() =>
        await new TableSurveyRepository(Demo.Tables).ForUnitAsync(Branch);

    public Task<IReadOnlyList<SurveyParticipant>> ParticipantsAsync(string surveyId) =>
        new TableSurveyRepository(Demo.Tables).ParticipantsAsync(surveyId);

    /// <summary>The survey's outbox rows (cards and reminders) as stored.</summary>
    public async Task<List<TableEntity>> OutboxRowsAsync(string surveyId)
    {
        var table = await Demo.Tables.GetTableAsync(TableOutbox.DefaultTable);
        var partition = TableSurveyMailings.PartitionPrefix + surveyId;
        return await table.QueryAsync<TableEntity>(r => r.PartitionKey == partition).ToListAsync();
    }

    public Task<IReadOnlyList<(string RowKey, OutboxStatus? Status)>> DeliverAsync(string surveyId) =>
        Demo.DeliverPendingAsync(TableOutbox.DefaultTable, TableSurveyMailings.PartitionPrefix + surveyId);

    /// <summary>Every message on the bot's survey-replies queue, as its JSON text.</summary>
    public async Task<List<string>> QueuedRepliesAsync()
    {
        var queue = new QueueClient(_azurite.ConnectionString, QueueNames.Qualify(_queuePrefix, QueueNames.SurveyReplies), DeliveryQueueClient.ClientOptions());
        if (!await queue.ExistsAsync())
        {
            return [];
        }

        return [.. (await queue.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString())];
    }

    public static SurveyReply Reply(string json) => JsonSerializer.Deserialize<SurveyReply>(json)!;

    /// <summary>The survey card as the fake Teams received it in the person's conversation.</summary>
    public JsonObject ReceivedCard(TeamsActivities who) =>
        Demo.Teams.RequestsTo(who.ConversationId).Where(r => r.IsPlainSend).Select(r => r.Json!["attachments"]?[0]?["content"]).OfType<JsonObject>().Last();

    /// <summary>A tap on one of the survey card's choices, with the inputs as typed.</summary>
    public async Task<(HttpStatusCode Status, JsonObject? Body)> TapAsync(TeamsActivities who, JsonObject card, SatisfactionChoice choice, params (string Id, string Value)[] typed)
    {
        var data = CardForm.Submission(card, SurveyVerbs.Answer, typed);
        data[SurveyVerbs.ChoiceKey] = choice.ToString();
        return await Demo.InvokeAsync(who.CardAction(SurveyVerbs.Answer, data));
    }

    /// <summary>
    /// What SendSurveyInvitations does with the bot's queued request: the request for the survey must be on the bot's
    /// survey-invitations queue; it is taken off and the production fan-out runs for it.
    /// </summary>
    public async Task FanOutAsync(string surveyId)
    {
        var queue = new QueueClient(_azurite.ConnectionString, QueueNames.Qualify(_queuePrefix, QueueNames.SurveyInvitations), DeliveryQueueClient.ClientOptions());
        var messages = (await queue.ReceiveMessagesAsync(32)).Value;
        var requested = messages.Select(m => JsonSerializer.Deserialize<Core.Surveys.Teams.SurveyInvitationRequest>(m.Body.ToString())!.SurveyId).ToList();
        Assert.Contains(surveyId, requested);
        _courier ??= new OutboxCourier(Demo.Bot.Storage, _queuePrefix);
        foreach (var (message, id) in messages.Zip(requested))
        {
            await _courier.FanOutSurveyAsync(id);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_courier is not null)
        {
            await _courier.DisposeAsync();
        }

        await Demo.DisposeAsync();
    }
}
