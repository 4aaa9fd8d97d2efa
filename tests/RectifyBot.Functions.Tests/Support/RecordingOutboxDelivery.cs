using System.Threading.Channels;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Functions.Tests.Support;

/// <summary>Stands in for OutboxDelivery (and the Bot Connector behind it): records the ids it is asked to deliver.</summary>
public sealed class RecordingOutboxDelivery : IOutboxDelivery
{
    private readonly Channel<OutboxMessageId> _delivered = Channel.CreateUnbounded<OutboxMessageId>();

    public OutboxStatus? Result { get; init; } = OutboxStatus.Sent;

    public ChannelReader<OutboxMessageId> Delivered => _delivered.Reader;

    public Task<OutboxStatus?> DeliverAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
    {
        _delivered.Writer.TryWrite(id);
        return Task.FromResult(Result);
    }
}
