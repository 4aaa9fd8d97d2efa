using RectifyBot.Teams.Reviews;
using DecisionNoticeCard = RectifyBot.Cards.Measures.DecisionNoticeCard;
using DecisionNoticeView = RectifyBot.Cards.Measures.DecisionNoticeView;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures.Notices;
using RectifyBot.Teams.Conversations;

namespace RectifyBot.Teams.Measures;

/// <summary>Renders measure notices as cards in the recipient's language (their Teams locale, as last seen).</summary>
public sealed class MeasureNoticeCards(IConversationAddressBook addresses) : IMeasureNotices
{
    public async Task<OutgoingMessage> RenderAsync(MeasureNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var address = notice.Recipient.AadObjectId is { } aad ? await addresses.FindAsync(aad, cancellationToken).ConfigureAwait(false) : null;
        var language = UserLanguages.FromLocale(address?.Locale);
        var teamsId = address is null ? null : ConversationAddresses.UserIdOf(address);
        var version = notice.Version;
        var roster = notice.Roster;
        Core.Roster.Person? FirstReviewer() => roster.Person(version.Reviewers.Count > 0 ? version.Reviewers[0] : null);
        string Review(ReviewCardMode mode) => ReviewCards.Build(language, notice.Author, version, notice.Measures, roster, mode, teamsId);
        return notice.Kind switch
        {
            MeasureNoticeKind.ReviewCopy => OutgoingMessage.Card(Review(ReviewCardMode.Decide)),
            MeasureNoticeKind.OfficeCopy => OutgoingMessage.Card(Review(version.Status switch
            {
                Core.Measures.MeasureStatus.AwaitingForward => ReviewCardMode.Forward,
                Core.Measures.MeasureStatus.AwaitingExternalDecision => ReviewCardMode.External,
                _ => ReviewCardMode.Assign,
            })),
            MeasureNoticeKind.AssistCopy => OutgoingMessage.Card(Review(ReviewCardMode.Assist)),
            MeasureNoticeKind.CopyClosed => OutgoingMessage.Card(Review(ReviewCardMode.Closed)),
            MeasureNoticeKind.DecisionToAuthor => OutgoingMessage.Card(DecisionNoticeCard.Build(language,
                new DecisionNoticeView(version, roster.Person(version.Decision?.ByNumber)?.Name ?? version.Decision?.ByNumber ?? "")).ToJson()),
            MeasureNoticeKind.ReviewerChosenToAuthor when FirstReviewer() is { } reviewer =>
                OutgoingMessage.PlainText(notice.Measures.Latest?.Status == Core.Measures.MeasureStatus.AwaitingForward
                    ? ReviewNotices.Forwarded(language, version.Version, reviewer)
                    : ReviewNotices.Assigned(language, version.Version, reviewer)),
            MeasureNoticeKind.ReroutedToAuthor => OutgoingMessage.PlainText(ReviewNotices.ReroutedForAuthor(language, version.Version, FirstReviewer())),
            MeasureNoticeKind.ReroutedToOldReviewer => OutgoingMessage.PlainText(ReviewNotices.ReroutedForOldReviewer(language, notice.Author, FirstReviewer())),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.Kind, "No card for this notice."),
        };
    }
}
