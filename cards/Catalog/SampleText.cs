namespace RectifyBot.Cards.Catalog;

/// <summary>Chinese filler for maximum-length samples: real characters, so byte counts and wrapping are realistic.</summary>
public static class SampleText
{
    private const string Source = "针对群众意见和组织评议意见，认真查找在思想、工作、作风和纪律方面存在的突出问题，制定切实可行的整改措施并限期落实。";

    /// <summary>Exactly <paramref name="length"/> Chinese characters (UTF-16 code units).</summary>
    public static string Chinese(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return string.Create(length, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Source[i % Source.Length];
            }
        });
    }

    /// <summary>Exactly <paramref name="length"/> characters that start with <paramref name="mark"/>, so the texts of one sample can be told apart.</summary>
    public static string Marked(string mark, int length)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return mark + Chinese(length - mark.Length);
    }
}
