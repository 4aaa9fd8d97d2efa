using System.Globalization;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>Subject ids naming one version of someone's or some unit's record: "{owner}|v{n}" (a member's submission, a unit's plan).</summary>
internal static class VersionSubjects
{
    public static string Of(string owner, int version) => string.Create(CultureInfo.InvariantCulture, $"{owner}|v{version}");

    public static bool TryParse(string subjectId, out string owner, out int version)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        var bar = subjectId.LastIndexOf('|');
        owner = bar > 0 ? subjectId[..bar] : "";
        version = 0;
        return bar > 0 && subjectId.Length > bar + 2 && subjectId[bar + 1] == 'v'
            && int.TryParse(subjectId.AsSpan(bar + 2), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
