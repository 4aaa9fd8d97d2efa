using RectifyBot.Cards.Plans;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Notices;

namespace RectifyBot.Teams.Plans;

/// <summary>Renders plan notices as cards in the recipient's language (their Teams locale, as last seen).</summary>
public sealed class PlanNoticeCards(IConversationAddressBook addresses) : IPlanNotices
{
    public async Task<OutgoingMessage> RenderAsync(PlanNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var address = notice.Recipient.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        return OutgoingMessage.Card(PlanNoticeCard.Build(UserLanguages.FromLocale(address?.Locale), notice).ToJson());
    }
}
