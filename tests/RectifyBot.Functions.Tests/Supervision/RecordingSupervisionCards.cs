using System.Collections.Concurrent;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Supervision.Bulletins;
using RectifyBot.Teams.Supervision;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>The production digest cards, recording what each rendered digest listed (recipient, day, reminder keys).</summary>
public sealed class RecordingSupervisionCards(SupervisionCards cards) : ISupervisionCards
{
    public ConcurrentQueue<(string Recipient, DateOnly Day, IReadOnlyList<string> Keys)> Rendered { get; } = new();

    public async Task<OutgoingMessage> DigestAsync(Person recipient, DateOnly day, IReadOnlyList<ReminderItem> items, Core.Roster.Roster roster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(items);
        var message = await cards.DigestAsync(recipient, day, items, roster, cancellationToken);
        Rendered.Enqueue((recipient.Number, day, [.. items.Select(i => i.Key)]));
        return message;
    }

    public ConcurrentQueue<(string Recipient, UnitBulletin Bulletin)> Bulletins { get; } = new();

    public async Task<OutgoingMessage> BulletinAsync(Person recipient, UnitBulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var message = await cards.BulletinAsync(recipient, bulletin, cancellationToken);
        Bulletins.Enqueue((recipient.Number, bulletin));
        return message;
    }
}
