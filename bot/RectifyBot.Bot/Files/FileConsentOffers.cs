using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Files;

namespace RectifyBot.Bot.Files;

/// <summary>
/// Sends an exported file the Teams way for bots: a file consent card in the person's personal chat. The file waits in
/// <see cref="IPendingFiles"/> (for that person only, 15 minutes) until they allow it; <see cref="FileConsentUploads"/>
/// then uploads it to the URL Teams gives (their OneDrive). Anywhere but a personal chat, Teams offers no consent card.
/// </summary>
public sealed class FileConsentOffers(IPendingFiles files, TimeProvider time)
{
    public const string ContextKey = "pendingFile";

    public async Task<ChatReply> OfferAsync(ChatRequest request, ITurnContext turnContext, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(content);
        var activity = turnContext.Activity;
        if (!string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.Ordinal)
            || activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return ChatReply.Message(CardText.Get(request.Language, "FileConsent_PersonalChatOnly"));
        }

        var file = new PendingFile(Guid.NewGuid().ToString("N"), aadObjectId, fileName, content, time.GetUtcNow());
        await files.SaveAsync(file, cancellationToken).ConfigureAwait(false);
        var context = new JObject { [ContextKey] = file.Id };
        var card = new FileConsentCard
        {
            Description = CardText.Format(request.Language, "FileConsent_Description", fileName),
            SizeInBytes = content.Length,
            AcceptContext = context,
            DeclineContext = context,
        };
        var offer = MessageFactory.Attachment(new Attachment { ContentType = FileConsentCard.ContentType, Name = fileName, Content = card });
        await turnContext.SendActivityAsync(offer, cancellationToken).ConfigureAwait(false);
        return ChatReply.Message(CardText.Get(request.Language, "FileConsent_Sent"));
    }
}
