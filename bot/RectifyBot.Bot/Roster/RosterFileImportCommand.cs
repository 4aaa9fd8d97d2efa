using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Roster;
using RectifyBot.Core.Access;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Bot.Roster;

/// <summary>
/// The campaign office imports the roster by sending the .xlsx or CSV in personal chat. Teams delivers it as a
/// file.download.info attachment whose downloadUrl is pre-authorized (no token needed); the download stops at the
/// size limit. "全量替换" / "full replacement" in the message replaces the whole roster, otherwise only the units in
/// the file. Logs outcomes and counts, never the file's name or content.
/// </summary>
public sealed partial class RosterFileImportCommand(
    IHttpClientFactory httpClients,
    RosterImporter importer,
    ILogger<RosterFileImportCommand> logger) : IChatCommand
{
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The named HttpClient used for downloads.</summary>
    public const string HttpClientName = "roster-file-download";

    private static readonly string[] TableFileTypes = ["xlsx", "csv", "xls"];

    private static readonly string[] FullReplacementWords = ["全量替换", "full replacement"];

    public bool CanAnswer(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !request.IsCardInvoke && RosterFile(request.Attachments) is not null;
    }

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        if (!AccessPolicy.CanImportRoster(person))
        {
            // Refused before downloading: the file is never fetched for someone who may not import it.
            LogRefused(logger);
            return ChatReply.Message(BotReplies.RosterImportNotAllowed(request.Language));
        }

        var file = RosterFile(request.Attachments)!;
        var read = await DownloadAsync(file, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            return ChatReply.Message(BotReplies.RosterImportDownloadFailed(request.Language));
        }

        if (read.Error is { } unreadable)
        {
            LogInvalid(logger, 1);
            return ChatReply.Card(RosterImportErrorsCard.Build(request.Language, [unreadable]).ToJson());
        }

        var fullReplacement = FullReplacementWords.Any(w => request.Text?.Contains(w, StringComparison.OrdinalIgnoreCase) == true);
        var outcome = await importer.ImportAsync(read.Sheets, fullReplacement, person, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case RosterImportOutcome.Imported imported:
                LogImported(logger, imported.Version.VersionId, imported.Report.AddedPeople.Count, imported.Report.ChangedPeople.Count, imported.Report.DeactivatedPeople.Count);
                return ChatReply.Card(RosterImportCard.Build(request.Language, imported.Report, imported.Version, person.Name, fullReplacement).ToJson());
            case RosterImportOutcome.Invalid invalid:
                LogInvalid(logger, invalid.Errors.Count);
                return ChatReply.Card(RosterImportErrorsCard.Build(request.Language, invalid.Errors).ToJson());
            case RosterImportOutcome.Conflict:
                LogConflict(logger);
                return ChatReply.Message(BotReplies.RosterImportConflict(request.Language));
            default:
                LogRefused(logger);
                return ChatReply.Message(BotReplies.RosterImportNotAllowed(request.Language));
        }
    }

    /// <summary>The first attachment that is a table file Teams offers for download; null if none.</summary>
    private static RosterFileAttachment? RosterFile(IReadOnlyList<Attachment> attachments) => attachments
        .Where(a => string.Equals(a.ContentType, FileDownloadInfo, StringComparison.OrdinalIgnoreCase))
        .Select(RosterFileAttachment.From)
        .FirstOrDefault(f => f is not null && TableFileTypes.Contains(f.FileType, StringComparer.OrdinalIgnoreCase));

    /// <summary>The file's sheets or why it cannot be read; null when the download failed.</summary>
    private async Task<TabularFileResult?> DownloadAsync(RosterFileAttachment file, CancellationToken cancellationToken)
    {
        if (!IsTrustedDownload(file.DownloadUrl))
        {
            LogDownloadFailed(logger, 0);
            return null;
        }

        try
        {
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogDownloadFailed(logger, (int)response.StatusCode);
                return null;
            }

            // ReadAsync stops reading at the size limit, whatever Content-Length claims.
            var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                return await TabularFile.ReadAsync(content, file.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (HttpRequestException e)
        {
            LogDownloadFailed(logger, (int?)e.StatusCode ?? 0);
            return null;
        }
    }

    /// <summary>
    /// Teams offers files over HTTPS; plain HTTP only from this machine (a local stand-in for Teams), so a forged
    /// activity cannot make the bot fetch from the network in the clear.
    /// </summary>
    public static bool IsTrustedDownload(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster imported as version {VersionId}: added {Added}, changed {Changed}, deactivated {Deactivated}")]
    private static partial void LogImported(ILogger logger, string versionId, int added, int changed, int deactivated);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster file refused with {Count} problems; nothing changed")]
    private static partial void LogInvalid(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster import lost a race with another import; nothing changed")]
    private static partial void LogConflict(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster import refused: the sender is not campaign office staff")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster file download failed (HTTP {Status})")]
    private static partial void LogDownloadFailed(ILogger logger, int status);
}
