namespace RectifyBot.Cards.Reviews;

/// <summary>
/// Fits a submission's texts into one Teams message. Texts are cut to a common cap chosen so their total stays within
/// a budget ("water-filling"): short texts are never cut, only the longest ones are, and a realistic submission shows in
/// full. A submission at every limit (10 problems of 1000 + 2000 + 1000 + 6 × 200 characters, …) would be some 180 KB.
/// </summary>
internal static class ReviewTextBudget
{
    /// <summary>No text is cut shorter than this: a stub of a few characters says nothing.</summary>
    public const int MinimumCap = 40;

    /// <summary>The largest cap at which the texts' total fits <paramref name="budget"/>; int.MaxValue when all fit whole.</summary>
    public static int Cap(IEnumerable<int> lengths, int budget)
    {
        var sorted = lengths.Order().ToList();
        var remaining = budget;
        for (var i = 0; i < sorted.Count; i++)
        {
            var share = remaining / (sorted.Count - i);
            if (sorted[i] > share)
            {
                return Math.Max(share, MinimumCap);
            }

            remaining -= sorted[i];
        }

        return int.MaxValue;
    }

    /// <summary>The text as is when within the cap, else its first characters (never half a surrogate pair) and the suffix.</summary>
    public static string Shorten(string text, int cap, string suffix, out bool shortened)
    {
        shortened = text.Length > cap;
        if (!shortened)
        {
            return text;
        }

        var keep = char.IsHighSurrogate(text[cap - 1]) ? cap - 1 : cap;
        return string.Concat(text.AsSpan(0, keep), suffix);
    }
}
