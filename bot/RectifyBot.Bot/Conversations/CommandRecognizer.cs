using System.Text.RegularExpressions;
using RectifyBot.Cards.Commands;

namespace RectifyBot.Bot.Conversations;

/// <summary>Understands what a person typed, or which card button they pressed, as one of the known commands.</summary>
public static partial class CommandRecognizer
{
    public static KnownCommand? Recognize(string? text, string? cardVerb)
    {
        if (!string.IsNullOrWhiteSpace(cardVerb))
        {
            return KnownCommands.All.FirstOrDefault(c => string.Equals(c.Verb, cardVerb, StringComparison.OrdinalIgnoreCase));
        }

        // Teams puts "<at>RectifyBot</at>" into the text when someone mentions the bot.
        return text is null ? null : KnownCommands.Match(MentionTag().Replace(text, " "));
    }

    /// <summary>What follows a command that takes arguments ("标记软弱涣散 HP-WX-G 原因"); null if the text is not that command.</summary>
    public static string? ArgumentsOf(KnownCommand command, string? text) =>
        text is null ? null : KnownCommands.ArgumentsOf(command, MentionTag().Replace(text, " "));

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionTag();
}
