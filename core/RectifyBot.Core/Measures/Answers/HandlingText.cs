namespace RectifyBot.Core.Measures.Answers;

/// <summary>Reads how a problem will be handled: fixed now (1) or step by step because it cannot be fixed yet (2).</summary>
public static class HandlingText
{
    private static readonly Dictionary<string, HandlingKind> Names = new(StringComparer.Ordinal)
    {
        ["立即整改"] = HandlingKind.FixNow,
        ["马上整改"] = HandlingKind.FixNow,
        ["马上改"] = HandlingKind.FixNow,
        ["现在改"] = HandlingKind.FixNow,
        ["能改"] = HandlingKind.FixNow,
        ["具备整改条件"] = HandlingKind.FixNow,
        ["具备条件"] = HandlingKind.FixNow,
        ["fix now"] = HandlingKind.FixNow,
        ["now"] = HandlingKind.FixNow,
        ["暂不具备条件"] = HandlingKind.CannotFixYet,
        ["暂不具备整改条件"] = HandlingKind.CannotFixYet,
        ["逐步解决"] = HandlingKind.CannotFixYet,
        ["暂时改不了"] = HandlingKind.CannotFixYet,
        ["以后"] = HandlingKind.CannotFixYet,
        ["later"] = HandlingKind.CannotFixYet,
        ["cannot fix yet"] = HandlingKind.CannotFixYet,
        ["can't fix yet"] = HandlingKind.CannotFixYet,
        ["step by step"] = HandlingKind.CannotFixYet,
    };

    /// <returns>The handling, or null if the answer is neither.</returns>
    public static HandlingKind? Read(string? text)
    {
        var normalized = AnswerText.CollapseWhitespace(AnswerText.Normalize(text)).Replace('’', '\'');
        return AnswerText.Number(normalized) switch
        {
            1 => HandlingKind.FixNow,
            2 => HandlingKind.CannotFixYet,
            null when Names.TryGetValue(normalized, out var handling) => handling,
            _ => null,
        };
    }
}
