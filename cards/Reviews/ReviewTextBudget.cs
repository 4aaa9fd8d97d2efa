namespace RectifyBot.Cards.Reviews;

/// <summary>
/// Cuts a submission's texts to fit one Teams message. All texts share one cap (the card finds the largest that fits),
/// so short texts are never cut, only the longest are, and a realistic submission shows whole. A submission at every
/// limit (10 problems of 1000 + 2000 + 1000 + 6 × 200 characters, …) would otherwise be some 180 KB.
/// </summary>
internal static class ReviewTextBudget
{
    /// <summary>No text is cut shorter than this: a stub of a few characters says nothing.</summary>
    public const int MinimumCap = 20;

    /// <summary>Ends a cut text; a note on the card says why, and a button next to it shows the whole text.</summary>
    public const string Ellipsis = "…";

    /// <summary>The text as is when within the cap, else its first characters (never half a surrogate pair) and an ellipsis.</summary>
    public static string Shorten(string text, int cap, out bool shortened)
    {
        shortened = text.Length > cap;
        if (!shortened)
        {
            return text;
        }

        var keep = char.IsHighSurrogate(text[cap - 1]) ? cap - 1 : cap;
        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }
}
