namespace RectifyBot.Core.Conversations;

/// <summary>Stores the latest conversation address of each person, found by their Azure AD object id.</summary>
public interface IConversationAddressBook
{
    Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken = default);

    Task<ConversationAddress?> FindAsync(string aadObjectId, CancellationToken cancellationToken = default);
}
