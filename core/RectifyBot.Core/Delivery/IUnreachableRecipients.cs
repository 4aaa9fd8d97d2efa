namespace RectifyBot.Core.Delivery;

/// <summary>The people proactive messages cannot reach (one record each, the latest refusal).</summary>
public interface IUnreachableRecipients
{
    Task RecordAsync(UnreachableRecipient recipient, CancellationToken cancellationToken = default);

    /// <summary>Forgets the person (they talked to the bot again, so it can reach them). Nothing happens when there is no record.</summary>
    Task ClearAsync(string aadObjectId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnreachableRecipient>> ListAsync(CancellationToken cancellationToken = default);
}
