using System.Text;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;

namespace RectifyBot.Cards.Reviews;

/// <summary>
/// The answer to a review card's "查看全文" (<see cref="ReviewCard.FullTextVerb"/>): the submission with nothing cut —
/// every problem with every field, the commitment, the lessons and the comments earlier versions received — as chat
/// messages. The card cuts long texts to fit its <see cref="ReviewCard.MaxCardBytes"/>; here the text is split over as
/// many messages as it needs, each within <see cref="MaxMessageBytes"/>, numbered when there are several.
/// </summary>
public static class ReviewFullText
{
    /// <summary>
    /// The most one message's text may weigh, in UTF-16 as Teams counts it: Teams takes 100 KB and advises staying
    /// within 80 KB; 8 KB of that is left for the activity around the text and the part number.
    /// </summary>
    public const int MaxMessageBytes = 72 * 1024;

    private const string Paragraph = "\n\n";

    /// <summary>Kept free in every message for its part number.</summary>
    private const int PartNumberRoom = 256;

    private const int TextBudget = MaxMessageBytes - PartNumberRoom;

    public static IReadOnlyList<string> Messages(
        UserLanguage language, Person author, SubmissionVersion version, IReadOnlyList<SubmissionVersion> earlier, Core.Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(earlier);
        var sections = new List<string> { CardText.Format(language, "Review_FullText_Title", ReviewWords.NameAndNumber(language, author), version.Version) };
        sections.AddRange(version.Problems.Select((_, i) => Problem(language, version, i)));
        sections.Add(Closing(language, version));
        if (earlier.Count > 0)
        {
            sections.Add(Earlier(language, earlier, roster));
        }

        var messages = Pack([.. sections.SelectMany(Pieces)]);
        return messages.Count == 1
            ? messages
            : [.. messages.Select((m, i) => CardText.Format(language, "Review_FullText_Part", i + 1, messages.Count) + Paragraph + m)];
    }

    private static string Problem(UserLanguage language, SubmissionVersion version, int index)
    {
        string Text(string key) => CardText.Get(language, key);
        var problem = version.Problems[index];
        var lines = new List<string>
        {
            CardText.Format(language, "Review_Problem_Heading", index + 1, version.Problems.Count, ReviewWords.Area(language, problem.Area)),
            Field(language, Text("Review_Problem_Source"), ReviewWords.Source(language, problem.Source)),
            Field(language, Text("Review_Problem_Handling"), ReviewWords.Handling(language, problem.Handling)),
            Field(language, Text("Review_Problem_Deadline"), ReviewWords.Date(problem.Deadline)),
            Field(language, Text("Review_Problem_Description"), problem.Description),
            Field(language, Text("Review_Problem_Measures"), problem.Measures),
        };
        if (!string.IsNullOrWhiteSpace(problem.Explanation))
        {
            lines.Add(Field(language, Text("Review_Problem_Explanation"), problem.Explanation));
        }

        if (problem.Milestones.Count > 0)
        {
            lines.Add(Field(language, Text("Review_Problem_Milestones"),
                string.Join(Paragraph, problem.Milestones.OrderBy(m => m.Date).Select(m => ReviewWords.Date(m.Date) + " " + m.Description))));
        }

        return string.Join(Paragraph, lines);
    }

    private static string Closing(UserLanguage language, SubmissionVersion version)
    {
        var text = Field(language, CardText.Get(language, "Review_Commitment"), version.Commitment);
        return string.IsNullOrWhiteSpace(version.Lessons)
            ? text
            : text + Paragraph + Field(language, CardText.Get(language, "Review_Lessons"), version.Lessons);
    }

    private static string Earlier(UserLanguage language, IReadOnlyList<SubmissionVersion> earlier, Core.Roster.Roster roster)
    {
        var lines = new List<string> { CardText.Get(language, "Review_EarlierVersions") };
        foreach (var version in earlier.OrderBy(v => v.Version))
        {
            lines.Add(ReviewContent.EarlierLine(language, version, roster));
            if (version.Decision?.Comment is { Length: > 0 } comment)
            {
                lines.Add(CardText.Format(language, "Review_Comment", comment));
            }
        }

        return string.Join(Paragraph, lines);
    }

    /// <summary>"label：text" in Chinese, "label: text" in English; long texts start on their own line.</summary>
    private static string Field(UserLanguage language, string label, string text) =>
        label + (language == UserLanguage.En ? ": " : "：") + (text.Length > 40 ? Paragraph : "") + text;

    private static int Bytes(string text) => Encoding.Unicode.GetByteCount(text);

    /// <summary>A section as is, or cut into pieces that each fit a message (never half a surrogate pair).</summary>
    private static IEnumerable<string> Pieces(string section)
    {
        var budget = TextBudget / sizeof(char);
        for (var start = 0; start < section.Length;)
        {
            var length = Math.Min(budget, section.Length - start);
            if (start + length < section.Length && char.IsHighSurrogate(section[start + length - 1]))
            {
                length--;
            }

            yield return section.Substring(start, length);
            start += length;
        }
    }

    /// <summary>Whole sections into as few messages as fit, in order; the part number's room is kept free.</summary>
    private static List<string> Pack(IEnumerable<string> pieces)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (current.Length > 0 && Bytes(current.ToString()) + Bytes(Paragraph + piece) > TextBudget)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? Paragraph : "").Append(piece);
        }

        messages.Add(current.ToString());
        return messages;
    }
}
