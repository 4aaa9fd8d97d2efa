using Microsoft.Extensions.Options;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;

namespace RectifyBot.Teams.Surveys;

/// <summary>
/// Renders survey notices as the results card in the recipient's language (their Teams locale, as last seen): the
/// close notices with the export button, the published results read-only with the link to the public page; a feedback
/// window opened late as text to its publisher.
/// </summary>
public sealed class SurveyNoticeCards(IConversationAddressBook addresses, IOptions<SurveyLinkOptions> links) : ISurveyNotices
{
    public async Task<OutgoingMessage> RenderAsync(SurveyNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var address = notice.Recipient.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        var language = UserLanguages.FromLocale(address?.Locale);
        if (notice is { Kind: SurveyNoticeKind.FeedbackOpenedLate, Opening: { } opening })
        {
            return OutgoingMessage.PlainText(FeedbackOpenedText.OpenedLate(language, notice.Survey, opening));
        }

        var published = notice.Kind == SurveyNoticeKind.Published;
        var card = SurveyResultsCard.Build(
            language, notice.Survey, notice.Tally, canPublish: false, canExport: !published, notice.Kind,
            published ? links.Value.Results(notice.Survey.Id) : null);
        return OutgoingMessage.Card(card.ToJson());
    }

    public async Task<OutgoingMessage> RenderDigestAsync(Person recipient, string unitName, IReadOnlyList<string> opinions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var address = recipient.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        return OutgoingMessage.Card(SuggestionDigestCard.Build(UserLanguages.FromLocale(address?.Locale), unitName, opinions).ToJson());
    }
}
