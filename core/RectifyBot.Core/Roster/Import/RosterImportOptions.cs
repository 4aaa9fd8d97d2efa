namespace RectifyBot.Core.Roster.Import;

public sealed record RosterImportOptions
{
    public static RosterImportOptions Default { get; } = new();

    /// <summary>
    /// The fixed length of student numbers, when the university has one. Only then are shorter student numbers
    /// (Excel drops leading zeros) padded with zeros; without it a lost zero cannot be told apart from a short
    /// number, so the value is kept as is.
    /// </summary>
    public int? StudentNumberLength { get; init; }

    /// <summary>The highest year of study (年级) accepted: 1 to this.</summary>
    public int MaxYear { get; init; } = 8;
}
