namespace RectifyBot.Core.Delivery;

/// <summary>The unreachable people as the office sees them; <see cref="Item.Person"/> is null for someone no longer in the roster.</summary>
public sealed record UnreachableRecipientsReport(Roster.Roster Roster, IReadOnlyList<UnreachableRecipientsReport.Item> Items, DateTimeOffset CheckedAt)
{
    public sealed record Item(UnreachableRecipient Recipient, Roster.Person? Person);
}
