using System.Text;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// Text people typed, for a TextBlock: Adaptive Cards read a TextBlock as Markdown, so every character Markdown (or
/// Teams' HTML subset) could act on is escaped with a backslash or replaced — an opinion is shown exactly as typed.
/// </summary>
public static class PlainText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '`' or '~' or '>' or '-' or '+' or '.' or '!' or '|' or '{' or '}':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    // Teams renders a few HTML tags in messages: a full-width bracket cannot open one.
                    escaped.Append('＜');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
