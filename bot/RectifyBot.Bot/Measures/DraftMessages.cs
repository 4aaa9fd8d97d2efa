using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures.Drafting;

namespace RectifyBot.Bot.Measures;

/// <summary>The drafting conversation's messages in the member's language; an argument that is itself a text key (an area's name) is localized too.</summary>
public static class DraftMessages
{
    public static string Text(UserLanguage language, DraftMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return CardText.Format(language, message.Key, [.. Args(language, message)]);
    }

    public static MeasureNotice? Notice(UserLanguage language, DraftMessage? message, bool warning = false) =>
        message is null ? null : new MeasureNotice(message.Key, Args(language, message), warning);

    private static List<string> Args(UserLanguage language, DraftMessage message) =>
        [.. message.Args.Select(a => a is string key && IsKey(key) ? CardText.Get(language, key) : Convert.ToString(a, language.Culture()) ?? "")];

    private static bool IsKey(string text) =>
        text.StartsWith("Area_", StringComparison.Ordinal) || text.StartsWith("PlanHandling_", StringComparison.Ordinal) || text.StartsWith("PlanStatus_", StringComparison.Ordinal) || text.StartsWith("PlanScope_", StringComparison.Ordinal) || text.StartsWith("Source_", StringComparison.Ordinal) || text.StartsWith("Handling_", StringComparison.Ordinal);
}
