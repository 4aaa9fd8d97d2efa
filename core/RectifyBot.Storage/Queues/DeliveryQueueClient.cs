using System.Text.Json;
using Azure.Storage.Queues;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Storage.Queues;

/// <summary>
/// Enqueues outbox message ids for the SendOutboxMessage function, as JSON.
/// The encoding is Base64 on purpose: the Functions queue extension decodes Base64 (functions/host.json says so),
/// while a QueueClient sends plain text unless told otherwise.
/// </summary>
public sealed class DeliveryQueueClient : IDeliveryQueue
{
    private readonly QueueClient _queue;
    private readonly Lazy<Task> _created;

    public DeliveryQueueClient(QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        _queue = queue;
        _created = new Lazy<Task>(() => _queue.CreateIfNotExistsAsync());
    }

    public static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public string QueueName => _queue.Name;

    public async Task EnqueueAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await EnsureQueueAsync().ConfigureAwait(false);
        await _queue.SendMessageAsync(BinaryData.FromString(JsonSerializer.Serialize(id)), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureQueueAsync()
    {
        try
        {
            await _created.Value.ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException)
        {
            // A failed creation is not cached: the next send tries again.
            await _queue.CreateIfNotExistsAsync().ConfigureAwait(false);
        }
    }
}
