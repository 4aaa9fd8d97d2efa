using System.Net.Http.Headers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Files;
using RectifyBot.Core.Localization;

namespace RectifyBot.Bot.Files;

/// <summary>
/// The answer to a file consent card (invoke <c>fileConsent/invoke</c>): on accept, takes the pending file (only the
/// person it was made for, only before it expires), PUTs its bytes to the upload URL Teams gave and sends a file info
/// card that opens it; on decline, drops it. Logs carry status codes, never the file or its name.
/// </summary>
public sealed partial class FileConsentUploads(IPendingFiles files, IHttpClientFactory httpClients, TimeProvider time, ILogger<FileConsentUploads> logger)
{
    public const string HttpClientName = "file-consent-upload";

    public async Task AcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        var language = UserLanguages.FromLocale(((ITurnContext)turnContext).Activity.Locale);
        var file = await TakeAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
        if (file is null || response.UploadInfo is not { UploadUrl: { Length: > 0 } uploadUrl } upload)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(CardText.Get(language, "FileConsent_Expired")), cancellationToken).ConfigureAwait(false);
            return;
        }

        using var content = new ByteArrayContent(file.Content);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, file.Content.Length - 1), file.Content.Length);
        using var put = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = content };
        using var answer = await httpClients.CreateClient(HttpClientName).SendAsync(put, cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccessStatusCode)
        {
            UploadRefused(logger, (int)answer.StatusCode);
            await turnContext.SendActivityAsync(MessageFactory.Text(CardText.Get(language, "FileConsent_UploadFailed")), cancellationToken).ConfigureAwait(false);
            return;
        }

        var info = new Attachment
        {
            ContentType = FileInfoCard.ContentType,
            ContentUrl = upload.ContentUrl,
            Name = upload.Name,
            Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType },
        };
        await turnContext.SendActivityAsync(MessageFactory.Attachment(info), cancellationToken).ConfigureAwait(false);
    }

    public async Task DeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await TakeAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
        var language = UserLanguages.FromLocale(((ITurnContext)turnContext).Activity.Locale);
        await turnContext.SendActivityAsync(MessageFactory.Text(CardText.Get(language, "FileConsent_Declined")), cancellationToken).ConfigureAwait(false);
    }

    private Task<PendingFile?> TakeAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var id = (response?.Context as JObject)?.Value<string>(FileConsentOffers.ContextKey);
        var aadObjectId = turnContext.Activity.From?.AadObjectId;
        return id is null || aadObjectId is null
            ? Task.FromResult<PendingFile?>(null)
            : files.TakeAsync(aadObjectId, id, time.GetUtcNow(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "File consent upload answered {Status}")]
    private static partial void UploadRefused(ILogger logger, int status);
}
