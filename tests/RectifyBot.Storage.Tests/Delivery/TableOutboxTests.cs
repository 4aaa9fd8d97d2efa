using System.Text;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Delivery;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class TableOutboxTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Created = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static OutboxMessage Message(string rowKey, OutgoingMessage? content = null, DateTimeOffset? createdAt = null, OutboxStatus status = OutboxStatus.Pending) => new()
    {
        Id = new OutboxMessageId(TableOutbox.DefaultTable, "campaign-2025", rowKey),
        RecipientAadObjectId = "00000000-0000-0000-0000-000000000001",
        Message = content ?? OutgoingMessage.PlainText("您的整改事项即将到期"),
        Cause = "reminder " + rowKey,
        Status = status,
        CreatedAt = createdAt ?? Created,
    };

    /// <summary>Chinese (BMP, three UTF-8 bytes each) with a supplementary character (a surrogate pair) now and then.</summary>
    private static string ChineseJson(int characters)
    {
        var builder = new StringBuilder("{\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"");
        const string Sample = "党支部整改台账逾期提醒请及时处理𠀋";
        while (builder.Length < characters - 3)
        {
            builder.Append(Sample[builder.Length % Sample.Length]);
            if (char.IsHighSurrogate(builder[^1]))
            {
                builder.Append(Sample[^1]);
            }
        }

        return builder.Append("\"}]}").ToString();
    }

    [Fact]
    public async Task Adding_the_same_message_twice_keeps_the_first_and_reports_the_second_as_existing()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var first = Message("decision-42:notify-author");

        Assert.True(await outbox.AddAsync(first));
        Assert.False(await outbox.AddAsync(first with { Cause = "a retried write" }));

        var stored = await outbox.FindAsync(first.Id);
        Assert.NotNull(stored);
        Assert.Equal(first.Cause, stored.Cause);
        Assert.Equal(first with { ETag = stored.ETag }, stored);
    }

    [Fact]
    public async Task Of_two_concurrent_updates_from_the_same_read_exactly_one_wins()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var message = Message("race");
        await outbox.AddAsync(message);
        var read = (await outbox.FindAsync(message.Id))!;

        var results = await Task.WhenAll(
            outbox.TryUpdateAsync(read with { Status = OutboxStatus.Sending, Attempts = 1 }),
            outbox.TryUpdateAsync(read with { Status = OutboxStatus.Sending, Attempts = 1 }));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Single(results, r => r is null);
        var stored = (await outbox.FindAsync(message.Id))!;
        Assert.Equal(OutboxStatus.Sending, stored.Status);
        Assert.Equal(winner!.ETag, stored.ETag);
    }

    [Fact]
    public async Task An_update_returns_the_new_etag_so_the_next_update_succeeds_and_a_stale_one_fails()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var message = Message("chain");
        await outbox.AddAsync(message);
        var read = (await outbox.FindAsync(message.Id))!;

        var sending = await outbox.TryUpdateAsync(read with { Status = OutboxStatus.Sending });
        var sent = await outbox.TryUpdateAsync(sending! with { Status = OutboxStatus.Sent, SentActivityId = "1:abc" });
        var stale = await outbox.TryUpdateAsync(read with { Status = OutboxStatus.Failed });

        Assert.NotNull(sent);
        Assert.Null(stale);
        Assert.Equal("1:abc", (await outbox.FindAsync(message.Id))!.SentActivityId);
    }

    [Theory]
    [InlineData(80 * 1024 / 3)] // 80 KB of UTF-8: what a bot message may carry
    [InlineData(80 * 1024)] // 80K characters (160 KiB of UTF-16): five pieces
    public async Task A_long_chinese_card_and_text_round_trip_intact(int characters)
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var card = ChineseJson(characters);
        var text = new string('整', characters / 2);
        var message = Message("long-card", new OutgoingMessage(text, card));

        Assert.True(await outbox.AddAsync(message));
        var stored = (await outbox.FindAsync(message.Id))!;

        Assert.Equal(card, stored.Message.CardJson);
        Assert.Equal(text, stored.Message.Text);
    }

    [Fact]
    public async Task Replacing_a_long_card_with_a_short_one_leaves_no_stale_pieces()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var message = Message("shrink", OutgoingMessage.Card(ChineseJson(80 * 1024)));
        await outbox.AddAsync(message);
        var read = (await outbox.FindAsync(message.Id))!;

        await outbox.TryUpdateAsync(read with { Message = OutgoingMessage.Card("{\"type\":\"AdaptiveCard\"}") });

        Assert.Equal(OutgoingMessage.Card("{\"type\":\"AdaptiveCard\"}"), (await outbox.FindAsync(message.Id))!.Message);
    }

    [Fact]
    public async Task A_message_too_large_for_a_row_is_refused_without_quoting_its_content()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var message = Message("too-large", OutgoingMessage.PlainText(new string('密', OutboxEntities.MaxPayloadCharacters + 1)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => outbox.AddAsync(message));

        Assert.DoesNotContain("密", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsent_messages_are_the_pending_and_failed_ones_created_before_the_given_time_and_claims_last_attempted_before_it()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var cutoff = Created.AddHours(1);
        await outbox.AddAsync(Message("old-pending", createdAt: Created));
        await outbox.AddAsync(Message("old-failed", createdAt: Created, status: OutboxStatus.Failed));
        await outbox.AddAsync(Message("old-sent", createdAt: Created, status: OutboxStatus.Sent));
        await outbox.AddAsync(Message("old-sending", createdAt: Created, status: OutboxStatus.Sending) with { LastAttemptAt = Created });
        await outbox.AddAsync(Message("fresh-sending", createdAt: Created, status: OutboxStatus.Sending) with { LastAttemptAt = cutoff.AddMinutes(1) });
        await outbox.AddAsync(Message("old-ambiguous", createdAt: Created, status: OutboxStatus.Ambiguous));
        await outbox.AddAsync(Message("new-pending", createdAt: cutoff.AddMinutes(1)));

        var unsent = new List<OutboxMessageId>();
        await foreach (var id in outbox.FindUnsentAsync(cutoff))
        {
            unsent.Add(id);
        }

        Assert.Equal(["old-failed", "old-pending", "old-sending"], unsent.Select(id => id.RowKey).Order(StringComparer.Ordinal));
        Assert.All(unsent, id => Assert.Equal(TableOutbox.DefaultTable, id.Table));
    }

    [Fact]
    public async Task A_missing_message_is_not_found()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));

        Assert.Null(await outbox.FindAsync(new OutboxMessageId(TableOutbox.DefaultTable, "p", "absent")));
    }

    [Fact]
    public async Task Outbox_rows_can_live_in_another_table_beside_the_state_change_that_causes_them()
    {
        var outbox = new TableOutbox(StorageTestTables.Create(azurite));
        var message = Message("decision-7:notify-author") with { Id = new OutboxMessageId("Reviews", "entry-7", "outbox-decision-7") };

        Assert.True(await outbox.AddAsync(message));

        Assert.Equal(message.Cause, (await outbox.FindAsync(message.Id))!.Cause);
    }
}
