namespace RectifyBot.Core.Measures.Answers;

/// <summary>Reads where a problem came from, typed by name (党性分析, 群众, "organisation") or as 1, 2, 3 in the order shown.</summary>
public static class SourceText
{
    private static readonly Dictionary<string, ProblemSource> Names = new(StringComparer.Ordinal)
    {
        ["党性分析"] = ProblemSource.SelfAnalysis,
        ["党性分析材料"] = ProblemSource.SelfAnalysis,
        ["自我剖析"] = ProblemSource.SelfAnalysis,
        ["自己"] = ProblemSource.SelfAnalysis,
        ["自查"] = ProblemSource.SelfAnalysis,
        ["self"] = ProblemSource.SelfAnalysis,
        ["self-analysis"] = ProblemSource.SelfAnalysis,
        ["self analysis"] = ProblemSource.SelfAnalysis,
        ["群众意见"] = ProblemSource.MassesOpinion,
        ["群众"] = ProblemSource.MassesOpinion,
        ["masses"] = ProblemSource.MassesOpinion,
        ["the masses"] = ProblemSource.MassesOpinion,
        ["masses' opinions"] = ProblemSource.MassesOpinion,
        ["组织评议"] = ProblemSource.OrganisationEvaluation,
        ["组织评议意见"] = ProblemSource.OrganisationEvaluation,
        ["组织"] = ProblemSource.OrganisationEvaluation,
        ["organisation"] = ProblemSource.OrganisationEvaluation,
        ["organization"] = ProblemSource.OrganisationEvaluation,
        ["organisation evaluation"] = ProblemSource.OrganisationEvaluation,
        ["organization evaluation"] = ProblemSource.OrganisationEvaluation,
    };

    /// <returns>The source, or null if the answer is none of them.</returns>
    public static ProblemSource? Read(string? text)
    {
        var normalized = AnswerText.CollapseWhitespace(AnswerText.Normalize(text));
        return AnswerText.Number(normalized) switch
        {
            1 => ProblemSource.SelfAnalysis,
            2 => ProblemSource.MassesOpinion,
            3 => ProblemSource.OrganisationEvaluation,
            null when Names.TryGetValue(normalized, out var source) => source,
            _ => null,
        };
    }
}
