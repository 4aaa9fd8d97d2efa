using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Functions.Tests.Support;

/// <summary>Ports whose real adapters live in other projects; the container test only needs them to resolve.</summary>
public sealed class UnusedPorts : IConversationAddressBook, IMessageSender
{
    public Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken = default) => throw new InvalidOperationException("not used by these tests");

    public Task<ConversationAddress?> FindAsync(string aadObjectId, CancellationToken cancellationToken = default) => throw new InvalidOperationException("not used by these tests");

    public Task<SendOutcome> SendAsync(ConversationAddress address, OutgoingMessage message, CancellationToken cancellationToken = default) => throw new InvalidOperationException("not used by these tests");
}
