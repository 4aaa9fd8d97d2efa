namespace RectifyBot.Cards.Model;

/// <summary>Member names are the schema values (written as is; renderers read them case-insensitively).</summary>
public enum TextWeight
{
    Lighter,
    Default,
    Bolder,
}
