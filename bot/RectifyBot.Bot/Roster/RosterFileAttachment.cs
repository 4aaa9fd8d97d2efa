using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace RectifyBot.Bot.Roster;

/// <summary>
/// A file a user sent in personal chat, as Teams describes it: content type
/// application/vnd.microsoft.teams.file.download.info with {downloadUrl, uniqueId, fileType}, and the file's name.
/// </summary>
public sealed record RosterFileAttachment(string Name, Uri DownloadUrl, string FileType)
{
    /// <summary>The file described by the attachment; null when it has no usable absolute http(s) download URL.</summary>
    public static RosterFileAttachment? From(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var content = attachment.Content switch
        {
            JObject json => json,
            null => null,
            var other => JObject.FromObject(other),
        };
        var url = content?.Value<string>("downloadUrl");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var downloadUrl) || (downloadUrl.Scheme != Uri.UriSchemeHttps && downloadUrl.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var name = attachment.Name ?? string.Empty;
        var fileType = content?.Value<string>("fileType") ?? Path.GetExtension(name).TrimStart('.');
        return new RosterFileAttachment(name, downloadUrl, fileType);
    }
}
