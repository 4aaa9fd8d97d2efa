using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Delivery;
using RectifyBot.Functions.Delivery;
using RectifyBot.Functions.Tests.Support;

namespace RectifyBot.Functions.Tests.Delivery;

public sealed class RequeueUnsentOutboxTests
{
    [Fact]
    public async Task The_sweep_re_enqueues_pending_and_failed_messages_older_than_the_minimum_age_only()
    {
        var now = new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);
        var outbox = new InMemoryOutbox();
        var queue = new RecordingDeliveryQueue();
        await outbox.AddAsync(Row("old-pending", OutboxStatus.Pending, now.AddMinutes(-10)));
        await outbox.AddAsync(Row("old-failed", OutboxStatus.Failed, now.AddMinutes(-30)));
        await outbox.AddAsync(Row("old-sent", OutboxStatus.Sent, now.AddMinutes(-30)));
        await outbox.AddAsync(Row("young-pending", OutboxStatus.Pending, now.AddMinutes(-1)));
        var function = new RequeueUnsentOutbox(
            new UnsentOutboxSweep(outbox, queue, new FakeTimeProvider(now), NullLogger<UnsentOutboxSweep>.Instance),
            Options.Create(new RequeueUnsentOutboxOptions { MinimumAge = TimeSpan.FromMinutes(5) }));

        await function.RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(["old-failed", "old-pending"], queue.Enqueued.Select(id => id.RowKey));
    }

    private static OutboxMessage Row(string rowKey, OutboxStatus status, DateTimeOffset createdAt) => new()
    {
        Id = new OutboxMessageId("reviews", "p", rowKey),
        RecipientAadObjectId = "00000000-0000-0000-0000-000000000001",
        Message = OutgoingMessage.PlainText("请于本周五前提交整改报告。"),
        Cause = rowKey,
        Status = status,
        CreatedAt = createdAt,
    };
}
