using System.Text;

namespace RectifyBot.Cards.Commands;

/// <summary>The one list of text commands: the welcome card shows it and the bot matches against it.</summary>
public static class KnownCommands
{
    public static KnownCommand Help { get; } = new("help", ["帮助"], ["help"], "Command_Help_Description");

    public static KnownCommand Greeting { get; } = new("greeting", ["你好", "您好"], ["hi", "hello"], "Command_Greeting_Description");

    /// <summary>The roster template's columns and how to import a roster (for the campaign office).</summary>
    public static KnownCommand RosterTemplate { get; } = new("roster-template", ["名册模板"], ["roster template"], "Command_RosterTemplate_Description");

    /// <summary>In the order the welcome card lists them.</summary>
    public static IReadOnlyList<KnownCommand> All { get; } = [Help, Greeting, RosterTemplate];

    // Phones add trailing punctuation ("帮助！", "hi!") and IMEs produce full-width letters ("ｈｅｌｐ").
    private static readonly char[] TrailingPunctuation = ['!', '?', '.', '。', '~', '…', ' '];

    /// <summary>The command the whole text asks for, in either language; null if it is none of them.</summary>
    public static KnownCommand? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim().TrimEnd(TrailingPunctuation);
        return All.FirstOrDefault(c =>
            c.ChineseWords.Concat(c.EnglishWords).Any(w => string.Equals(w, normalized, StringComparison.OrdinalIgnoreCase)));
    }
}
