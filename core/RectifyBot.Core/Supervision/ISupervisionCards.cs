using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Supervision;

/// <summary>Renders supervision messages in the recipient's language (the host's card builders).</summary>
public interface ISupervisionCards
{
    /// <summary>One person's digest of the day: the first items and "and N more".</summary>
    Task<OutgoingMessage> DigestAsync(Person recipient, DateOnly day, IReadOnlyList<ReminderItem> items, Roster.Roster roster, CancellationToken cancellationToken = default);

    /// <summary>A unit's weekly bulletin (通报).</summary>
    Task<OutgoingMessage> BulletinAsync(Person recipient, Bulletins.UnitBulletin bulletin, CancellationToken cancellationToken = default);
}
