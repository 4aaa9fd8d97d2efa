using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Documents.Tables;
using RectifyBot.Storage.Files;
using RectifyBot.Storage.Queues;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Surveys;

/// <summary>
/// A plan's or status report's feedback window (issue 8) through the built bot: the survey chat (its bot, members who
/// opened it, the fan-out, the rating cards in the fake Teams, the taps) and the functions app in the test's process
/// on a clock the test moves (<see cref="Clock"/>): the survey-replies queue drained into the production
/// <see cref="SurveyIngestion"/> as IngestSurveyReply does, and the services the ClosePlanWindows timer runs.
/// </summary>
public sealed class FeedbackChat : IAsyncDisposable
{
    private readonly AzuriteFixture _azurite;

    private FeedbackChat(AzuriteFixture azurite, SurveyChat chat, FakeTimeProvider clock)
    {
        _azurite = azurite;
        Chat = chat;
        Clock = clock;
        Functions = new OutboxCourier(chat.Demo.Bot.Storage, chat.QueuePrefix, clock);
    }

    public SurveyChat Chat { get; }

    public DemoUniversityBot Demo => Chat.Demo;

    /// <summary>The functions app's clock (the bot's own is the system's): now, until a test moves it past a window's end.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The functions app's services on <see cref="Clock"/>, and its sending.</summary>
    public OutboxCourier Functions { get; }

    public static async Task<FeedbackChat> StartAsync(AzuriteFixture azurite) =>
        new(azurite, await SurveyChat.StartAsync(azurite), new FakeTimeProvider(DateTimeOffset.UtcNow));

    /// <summary>Demo roster people (by account) who have opened the bot, in the order given.</summary>
    public async Task<List<TeamsActivities>> MembersAsync(params string[] accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var people = new List<TeamsActivities>();
        foreach (var account in accounts)
        {
            people.Add(await Chat.MemberAsync(account, Person(account).Name));
        }

        return people;
    }

    /// <summary>The demo roster person with the account's UPN.</summary>
    public static Core.Roster.Person Person(string account) =>
        DemoRoster.Create().People.Single(p => p.Upn == account + "@" + DemoRoster.Domain);

    /// <summary>The feedback window's cards fanned out (the SendSurveyInvitations function) and delivered to the fake Teams; returns how many were sent.</summary>
    public async Task<int> SendCardsAsync(string surveyId)
    {
        await Chat.FanOutAsync(surveyId);
        return (await Chat.DeliverAsync(surveyId)).Count(d => d.Status == Core.Delivery.OutboxStatus.Sent);
    }

    /// <summary>
    /// The window asks exactly <paramref name="scope"/>: those who opened the bot (<paramref name="accountsInTeams"/>) in
    /// Teams, each sent their card (<paramref name="sent"/>); returns the others' numbers, asked by one-time link.
    /// </summary>
    public async Task<List<string>> AssertAskedAsync(string surveyId, IReadOnlyList<string> scope, IEnumerable<string> accountsInTeams, int sent)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(accountsInTeams);
        var reachable = accountsInTeams.Select(a => Person(a).Number).Order(StringComparer.Ordinal).ToList();
        var participants = await Chat.ParticipantsAsync(surveyId);
        Assert.Equal(scope.Order(StringComparer.Ordinal), participants.Select(p => p.Number).Order(StringComparer.Ordinal));
        Assert.Equal(reachable, participants.Where(p => p.Channel == ReplyChannel.Teams).Select(p => p.Number).Order(StringComparer.Ordinal));
        Assert.Equal(reachable.Count, sent);
        return [.. scope.Except(reachable).Order(StringComparer.Ordinal)];
    }

    /// <summary>What the publisher is told: how many got a card in Teams, how many need a link, and that the links came as a file.</summary>
    public static string Told(UserLanguage language, int inTeams, int byLink, string surveyId) =>
        CardText.Format(language, "FeedbackOpened", SurveyWords.Count(inTeams), SurveyWords.Count(byLink), surveyId)
            + "\n\n" + CardText.Format(language, "SurveyLinks_Offered", SurveyWords.Count(byLink));

    /// <summary>The texts of the activities (replies, or what the fake Teams received), one a line.</summary>
    public static string TextsOf(IEnumerable<JsonNode?> activities) => string.Join("\n", activities.Select(a => (string?)a?["text"]).OfType<string>());

    /// <summary>Each person taps <paramref name="choice"/> on the rating card they received, with the opinion typed (when given).</summary>
    public async Task RateAsync(IEnumerable<TeamsActivities> who, SatisfactionChoice choice, Func<int, string?>? opinion = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        var i = 0;
        foreach (var person in who)
        {
            var typed = opinion?.Invoke(i++) is { } text ? new[] { (Cards.Surveys.SurveyVerbs.OpinionId, text) } : [];
            var (status, body) = await Chat.TapAsync(person, Chat.ReceivedCard(person), choice, typed);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(CardText.Get(UserLanguage.ZhCn, "Survey_Thanks"), DemoUniversityBot.Readable(body!), StringComparison.Ordinal);
        }
    }

    /// <summary>The IngestSurveyReply function: every reply on the bot's survey-replies queue ingested, then taken off; returns how many.</summary>
    public async Task<int> IngestRepliesAsync()
    {
        var queue = new QueueClient(_azurite.ConnectionString, QueueNames.Qualify(Chat.QueuePrefix, QueueNames.SurveyReplies), DeliveryQueueClient.ClientOptions());
        var ingestion = Functions.Get<SurveyIngestion>();
        var ingested = 0;
        while ((await queue.ReceiveMessagesAsync(32)).Value is { Length: > 0 } messages)
        {
            foreach (var message in messages)
            {
                await ingestion.IngestAsync(SurveyChat.Reply(message.Body.ToString()));
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                ingested++;
            }
        }

        return ingested;
    }

    /// <summary>The one-time links file offered to <paramref name="publisher"/> by file consent card (in the turn's replies or sent in the turn): its rows (number, name, category, link).</summary>
    public async Task<List<IReadOnlyList<string>>> OfferedLinksAsync(TeamsActivities publisher, JsonArray replies)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(replies);
        var sent = Demo.Teams.RequestsTo(publisher.ConversationId).Where(r => r.Method == "POST").Select(r => r.Json);
        var offer = replies.Concat(sent).Select(a => a?["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0] : null).OfType<JsonNode>()
            .Single(a => (string?)a["contentType"] == "application/vnd.microsoft.teams.card.file.consent");
        var file = await new TablePendingFiles(Demo.Tables).TakeAsync(publisher.AadObjectId, (string)offer["content"]!["acceptContext"]!["pendingFile"]!, DateTimeOffset.UtcNow);
        var sheet = TabularFile.Read(file!.Content, file.Name).Sheets.Single();
        return [.. sheet.Rows.Skip(1).Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, 4).Select(r.Cell)])];
    }

    /// <summary>The token at the end of a one-time link.</summary>
    public static string TokenOf(string link) => link.Split('/')[^1];

    public async ValueTask DisposeAsync()
    {
        await Functions.DisposeAsync();
        await Chat.DisposeAsync();
    }
}
