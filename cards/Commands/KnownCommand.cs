using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Commands;

/// <summary>A text command the bot understands, in both languages.</summary>
/// <param name="Verb">The command's id; also the Action.Execute verb of any button for it.</param>
/// <param name="ChineseWords">What a user may type in Chinese; the first is shown.</param>
/// <param name="EnglishWords">What a user may type in English; the first is shown.</param>
/// <param name="DescriptionKey">The <see cref="Localization.CardText"/> key that says what it does.</param>
public sealed record KnownCommand(
    string Verb,
    IReadOnlyList<string> ChineseWords,
    IReadOnlyList<string> EnglishWords,
    string DescriptionKey)
{
    /// <summary>Every word for the command, the user's language first: any of them works in either language.</summary>
    public IEnumerable<string> WordsFor(UserLanguage language) =>
        language == UserLanguage.En ? EnglishWords.Concat(ChineseWords) : ChineseWords.Concat(EnglishWords);
}
