namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// Reads a problem area typed by name (思想, "作风问题", "leadership style") or as its number in the list the member was
/// shown. The whole answer must be the name, with at most a suffix such as 方面 or 问题, so "领导作风" is never read as 作风.
/// </summary>
public static class AreaText
{
    private static readonly (string Name, ProblemArea Area)[] Names =
    [
        ("思想", ProblemArea.Thought),
        ("工作", ProblemArea.Work),
        ("作风", ProblemArea.Style),
        ("纪律", ProblemArea.Discipline),
        ("领导作风", ProblemArea.LeadershipStyle),
        ("服务群众", ProblemArea.ServingMasses),
        ("从严治党", ProblemArea.StrictGovernance),
        ("thought", ProblemArea.Thought),
        ("thinking", ProblemArea.Thought),
        ("work", ProblemArea.Work),
        ("style", ProblemArea.Style),
        ("conduct", ProblemArea.Style),
        ("discipline", ProblemArea.Discipline),
        ("leadership style", ProblemArea.LeadershipStyle),
        ("leadership", ProblemArea.LeadershipStyle),
        ("serving the masses", ProblemArea.ServingMasses),
        ("serving masses", ProblemArea.ServingMasses),
        ("strict governance", ProblemArea.StrictGovernance),
        ("strict party governance", ProblemArea.StrictGovernance),
    ];

    // Longer first: "方面的问题" before "方面" and "问题".
    private static readonly string[] Suffixes = ["方面的问题", "方面问题", "上的问题", "方面", "问题", "类", " issues", " issue", " problems", " problem"];

    /// <param name="text">What the member typed.</param>
    /// <param name="allowed">The areas the member may choose, in the order shown (<see cref="ProblemAreas.For"/>).</param>
    public static AreaReading Read(string? text, IReadOnlyList<ProblemArea> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var normalized = AnswerText.CollapseWhitespace(AnswerText.Normalize(text));
        if (AnswerText.Number(normalized) is { } number)
        {
            return number >= 1 && number <= allowed.Count ? new AreaReading(AreaAnswer.Read, allowed[number - 1]) : AreaReading.Unreadable;
        }

        var area = Find(normalized);
        if (area is null)
        {
            foreach (var suffix in Suffixes)
            {
                if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
                {
                    area = Find(normalized[..^suffix.Length].TrimEnd());
                    break;
                }
            }
        }

        return area switch
        {
            null => AreaReading.Unreadable,
            { } found when allowed.Contains(found) => new AreaReading(AreaAnswer.Read, found),
            { } found => new AreaReading(AreaAnswer.NotAllowed, found),
        };
    }

    private static ProblemArea? Find(string name)
    {
        foreach (var (candidate, area) in Names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return area;
            }
        }

        return null;
    }
}
