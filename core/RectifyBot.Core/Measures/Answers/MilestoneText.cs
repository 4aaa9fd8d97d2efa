using System.Text;

namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// Reads milestones typed one per line, or separated by "；" / ";", each a date then what is done by then:
/// "2027-03-01 完成调研", "3月1日完成调研", "下月底：交初稿". The date is any form <see cref="DeadlineText"/> reads;
/// the rules (order, range, count) are <see cref="MilestoneRule"/>'s.
/// </summary>
public static class MilestoneText
{
    private static readonly char[] Separators = ['\n', '\r', ';', '；'];

    private static readonly char[] DescriptionLead = [' ', ':', '：', ',', '，', '、', '-', '–', '—'];

    // As for a whole answer, a closing "。" says nothing; a description keeps the rest of its punctuation.
    private static readonly char[] DescriptionEnd = [' ', '。', '.'];

    public static MilestoneReading Read(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MilestoneReading([], []);
        }

        // NFKC first, so a full-width "；" or "：" separates like the ASCII one.
        var lines = text.Normalize(NormalizationForm.FormKC)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var milestones = new List<Milestone>();
        var errors = new List<MilestoneLineError>();
        for (var i = 0; i < lines.Length; i++)
        {
            var (date, description, problem) = ReadLine(lines[i], today);
            if (problem is { } found)
            {
                errors.Add(new MilestoneLineError(i + 1, found));
            }
            else
            {
                milestones.Add(new Milestone(date, description));
            }
        }

        return new MilestoneReading(milestones, errors);
    }

    /// <summary>
    /// The longest start of the line that is a date, or that is shaped like one but does not exist (so "2月30日" is
    /// Impossible and never read as 2月3日 followed by "0日"). Splits at a space come first ("3月1日 前期调研" is not
    /// "3月1日前" + "期调研"); a split between two ASCII letters or digits is no split.
    /// </summary>
    private static (DateOnly Date, string Description, MilestoneLineProblem? Problem) ReadLine(string line, DateOnly today) =>
        ReadLine(line, today, atSpaceOnly: true) ?? ReadLine(line, today, atSpaceOnly: false) ?? (default, string.Empty, MilestoneLineProblem.Unreadable);

    private static (DateOnly Date, string Description, MilestoneLineProblem? Problem)? ReadLine(string line, DateOnly today, bool atSpaceOnly)
    {
        for (var length = line.Length; length > 0; length--)
        {
            var atEnd = length == line.Length;
            if (!atEnd && (atSpaceOnly ? !char.IsWhiteSpace(line[length]) : char.IsAsciiLetterOrDigit(line[length - 1]) && char.IsAsciiLetterOrDigit(line[length])))
            {
                continue;
            }

            var reading = DeadlineText.Read(line[..length], today);
            if (reading.Problem == DeadlineTextProblem.Impossible)
            {
                return (default, string.Empty, MilestoneLineProblem.Impossible);
            }

            if (reading.Date is { } date)
            {
                var description = line[length..].TrimStart(DescriptionLead).TrimEnd(DescriptionEnd).Trim();
                return description.Length == 0
                    ? (date, description, MilestoneLineProblem.MissingDescription)
                    : (date, description, null);
            }
        }

        return null;
    }
}
