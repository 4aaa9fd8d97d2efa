using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

public sealed class TextBlock(string text) : CardElement
{
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>On by default: Chinese sentences are long and would otherwise be cut off.</summary>
    public bool Wrap { get; init; } = true;

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool IsSubtle { get; init; }

    private protected override string TypeName => "TextBlock";

    private protected override void WriteProperties(JsonObject json)
    {
        json["text"] = Text;
        json["wrap"] = Wrap;
        if (Weight is { } weight)
        {
            json["weight"] = weight.ToString();
        }

        if (Size is { } size)
        {
            json["size"] = size.ToString();
        }

        if (Color is { } color)
        {
            json["color"] = color.ToString();
        }

        if (IsSubtle)
        {
            json["isSubtle"] = true;
        }
    }
}
