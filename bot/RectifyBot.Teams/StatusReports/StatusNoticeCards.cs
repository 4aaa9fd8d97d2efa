using RectifyBot.Cards.StatusReports;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.StatusReports;

namespace RectifyBot.Teams.StatusReports;

/// <summary>Renders a closed status window's notice as a card in the recipient's language (their Teams locale, as last seen).</summary>
public sealed class StatusNoticeCards(IConversationAddressBook addresses) : IStatusNotices
{
    public async Task<OutgoingMessage> RenderAsync(StatusNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var address = notice.Recipient.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        return OutgoingMessage.Card(StatusResultCard.Build(UserLanguages.FromLocale(address?.Locale), notice.UnitName, notice.Report, notice.Opinions).ToJson());
    }
}
