using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Queues;
using RectifyBot.Storage.Surveys;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Surveys;

/// <summary>A new survey's fan-out runs in SendSurveyInvitations, off the organiser's turn: one card per participant reached in Teams, once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SendSurveyInvitationsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_queued_fan_out_writes_one_card_per_Teams_participant_and_a_redelivered_request_adds_none()
    {
        await using var setup = await SurveyFunctionSetup.StartAsync(azurite, functions: nameof(RectifyBot.Functions.Surveys.SendSurveyInvitations));
        var services = setup.Services;
        var roster = SurveyFunctionSetup.Roster(8);
        var rosters = services.GetRequiredService<IRosterRepository>();
        await rosters.SaveNewVersionAsync(roster, "L001", "test", DateTimeOffset.UtcNow);
        foreach (var person in roster.People.Where(p => p.AadObjectId is not null))
        {
            await rosters.BindAsync(person.Number, person.AadObjectId!);
        }

        var reachable = roster.People.Where(p => p.Number is not ("M006" or "M007" or "L001")).ToList();
        foreach (var person in reachable)
        {
            await services.GetRequiredService<IConversationAddressBook>().SaveAsync(new ConversationAddress(
                person.AadObjectId!, "tenant-1", "msteams", "a:" + person.Number, "https://smba.example/", "zh-CN", "{}", DateTimeOffset.UtcNow));
        }

        var today = ChinaTime.Today(TimeProvider.System);
        var created = await services.GetRequiredService<SurveyCreation>().CreateAsync(
            roster,
            roster.Person("L001")!,
            new SurveyRequest("JSJ", today, today.AddDays(7), [new CategoryQuota(ParticipantCategory.PartyMember, 8)], []),
            (people, _) => Task.FromResult<IReadOnlySet<string>>(people.Select(p => p.Number).Intersect(reachable.Select(r => r.Number)).ToHashSet()),
            CancellationToken.None);
        var survey = created.Survey!;
        Assert.Equal(6, created.Participants.Count(p => p.Channel == ReplyChannel.Teams));

        var invitations = services.GetRequiredService<ISurveyInvitationQueue>();
        Assert.True(await invitations.TryEnqueueAsync(survey.Id));
        Assert.True(await invitations.TryEnqueueAsync(survey.Id));

        var table = await services.GetRequiredService<TableClientFactory>().GetTableAsync(TableOutbox.DefaultTable);
        var invitationQueue = new QueueClient(azurite.ConnectionString, QueueNames.Qualify(setup.Settings["Storage:QueuePrefix"], QueueNames.SurveyInvitations));
        await Eventually.HoldsAsync(
            async () => (await invitationQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0
                && await table.QueryAsync<TableEntity>(r => r.PartitionKey == TableSurveyMailings.PartitionPrefix + survey.Id).CountAsync() == 6,
            TimeSpan.FromSeconds(30),
            "both requests handled and six cards written");

        var rows = await table.QueryAsync<TableEntity>(r => r.PartitionKey == TableSurveyMailings.PartitionPrefix + survey.Id).ToListAsync();
        Assert.Equal(reachable.Select(p => p.AadObjectId).Order(StringComparer.Ordinal), rows.Select(r => r.GetString("RecipientAadObjectId")).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(nameof(OutboxStatus.Pending), r.GetString("Status")));
        var sending = new QueueClient(azurite.ConnectionString, QueueNames.Qualify(setup.Settings["Storage:QueuePrefix"], QueueNames.OutboxSend), DeliveryQueueClient.ClientOptions());
        var queued = (await sending.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).Distinct().Count();
        Assert.Equal(6, queued);
    }
}
