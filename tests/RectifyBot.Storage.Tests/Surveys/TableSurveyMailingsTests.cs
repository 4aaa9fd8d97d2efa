using RectifyBot.Core.Delivery;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Surveys;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class TableSurveyMailingsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private readonly RectifyBot.Storage.Tables.TableClientFactory _tables = StorageTestTables.Create(azurite);

    private TableSurveyMailings Mailings => new(_tables);

    private static OutboxMessage Card(OutboxMessageId id) => new()
    {
        Id = id,
        RecipientAadObjectId = "aad-" + id.RowKey.Split('|')[^1],
        Message = OutgoingMessage.Card("{\"type\":\"AdaptiveCard\"}"),
        Cause = "survey S",
        CreatedAt = At,
    };

    [Fact]
    public async Task A_retried_fan_out_adds_only_the_missing_cards_and_leaves_sent_ones_as_they_are()
    {
        var survey = SurveyStorageData.Survey();
        var first = Enumerable.Range(0, 150).Select(i => Card(Mailings.InvitationId(survey.Id, $"M{i:D4}"))).ToList();
        Assert.Equal(150, await Mailings.AddAsync(first));
        var outbox = new TableOutbox(_tables);
        var sent = (await outbox.FindAsync(first[0].Id))!;
        await outbox.TryUpdateAsync(sent with { Status = OutboxStatus.Sent });

        var again = Enumerable.Range(0, 160).Select(i => Card(Mailings.InvitationId(survey.Id, $"M{i:D4}"))).ToList();
        var added = await Mailings.AddAsync(again);

        Assert.Equal(10, added);
        var counts = await Mailings.CountAsync(survey.Id);
        Assert.Equal((160, 1, 0), (counts.Invitations, counts.InvitationsSent, counts.InvitationsUndeliverable));
        Assert.Equal(OutboxStatus.Sent, (await outbox.FindAsync(first[0].Id))!.Status);
    }

    [Fact]
    public async Task The_reminder_is_recorded_once_with_who_and_when_and_marks_the_participants()
    {
        var survey = SurveyStorageData.Survey();
        await new TableSurveyRepository(_tables).AddAsync(survey,
            [new SampledParticipant("M0001", ParticipantCategory.PartyMember, ReplyChannel.Teams), new SampledParticipant("M0002", ParticipantCategory.PartyMember, ReplyChannel.Teams)], []);

        var first = await Mailings.TryRecordReminderAsync(survey.Id, "L001", At);
        var second = await Mailings.TryRecordReminderAsync(survey.Id, "O001", At.AddHours(1));
        await Mailings.MarkRemindedAsync(survey.Id, ["M0002"]);
        await Mailings.AddAsync([Card(Mailings.ReminderId(survey.Id, "M0002"))]);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(("L001", At), await Mailings.ReminderAsync(survey.Id));
        var participants = await new TableSurveyRepository(_tables).ParticipantsAsync(survey.Id);
        Assert.Equal(["M0002"], participants.Where(p => p.Reminded).Select(p => p.Number));
        var counts = await Mailings.CountAsync(survey.Id);
        Assert.Equal((0, 1, 0), (counts.Invitations, counts.Reminders, counts.RemindersSent));
        Assert.Equal(survey.Id, Assert.Single(await Mailings.AllSurveysAsync()).Id);
    }
}
