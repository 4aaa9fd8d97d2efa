using RectifyBot.Cards.Supervision;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Supervision;

namespace RectifyBot.Teams.Supervision;

/// <summary>Renders supervision digests as cards in the recipient's language (their Teams locale, as last seen).</summary>
public sealed class SupervisionCards(IConversationAddressBook addresses, IRosterRepository rosters, SupervisionOptions options) : ISupervisionCards
{
    public async Task<OutgoingMessage> DigestAsync(Person recipient, DateOnly day, IReadOnlyList<ReminderItem> items, Roster roster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(roster);
        var address = recipient.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        var language = UserLanguages.FromLocale(address?.Locale);
        return OutgoingMessage.Card(DigestCard.Build(language, new DigestView(day, [.. items.Select(i => LineOf(i, roster))], options.DigestMaxItems)).ToJson());
    }

    public async Task<OutgoingMessage> BulletinAsync(Person recipient, Core.Supervision.Bulletins.UnitBulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var address = recipient.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        return OutgoingMessage.Card(BulletinCard.Build(UserLanguages.FromLocale(address?.Locale), bulletin, n => roster.Person(n)?.Name ?? n).ToJson());
    }

    /// <summary>
    /// A digest line; the owner is named when the reader is not the owner (an escalation). An owner's ledger entry opens
    /// its progress card; a filing or 上级协调 item opens the parent's unit plans for whoever may act on it.
    /// </summary>
    public static DigestLine LineOf(ReminderItem item, Roster roster)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(roster);
        var owns = item.Obligation.OwnerNumbers.Contains(item.RecipientNumber, StringComparer.Ordinal);
        var owner = owns ? null : string.Join("、", item.Obligation.OwnerNumbers.Select(n => roster.Person(n)?.Name ?? n));
        var kind = item.Obligation.Kind;
        return new DigestLine(kind, item.Occasion.Kind, item.Obligation.Title, item.Obligation.DueDate, owner)
        {
            EntryId = owns && kind is ObligationKinds.LedgerDeadline or ObligationKinds.LedgerMilestone ? item.Obligation.SubjectId : null,
            OpensUnitPlans = kind is ObligationKinds.FilingNotAcknowledged or ObligationKinds.CoordinationNotTaken,
        };
    }
}
