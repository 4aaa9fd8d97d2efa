using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>"auto" (as wide as the content), "stretch" (the rest), or a relative weight.</summary>
public readonly record struct ColumnWidth
{
    private readonly string? _keyword;
    private readonly int _weight;

    private ColumnWidth(string? keyword, int weight)
    {
        _keyword = keyword;
        _weight = weight;
    }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public static ColumnWidth Weighted(int weight) =>
        weight > 0 ? new ColumnWidth(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight is positive.");

    internal JsonNode ToJson() => _keyword is null ? JsonValue.Create(_weight) : JsonValue.Create(_keyword);
}
