namespace RectifyBot.Core.Measures.Answers;

/// <summary>Reads a typed yes or no ("确认提交吗？"). Only whole, plain answers count: anything else is asked again.</summary>
public static class YesNoText
{
    private static readonly Dictionary<string, bool> Answers = new(StringComparer.Ordinal)
    {
        ["是"] = true,
        ["是的"] = true,
        ["好"] = true,
        ["好的"] = true,
        ["对"] = true,
        ["对的"] = true,
        ["确认"] = true,
        ["确定"] = true,
        ["可以"] = true,
        ["嗯"] = true,
        ["嗯嗯"] = true,
        ["yes"] = true,
        ["y"] = true,
        ["ok"] = true,
        ["okay"] = true,
        ["否"] = false,
        ["不"] = false,
        ["不是"] = false,
        ["不用"] = false,
        ["不要"] = false,
        ["不对"] = false,
        ["没有"] = false,
        ["no"] = false,
        ["n"] = false,
    };

    /// <returns>True for yes, false for no, null if it is neither.</returns>
    public static bool? Read(string? text) =>
        Answers.TryGetValue(AnswerText.CollapseWhitespace(AnswerText.Normalize(text)), out var answer) ? answer : null;
}
