using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>
/// Input.Text (schema 1.0). Its value comes back under <see cref="Id"/>. Teams mobile (1.2) ignores label and
/// isRequired, so cards put a TextBlock label above it (with the length limit in words) and the server's error below.
/// </summary>
public sealed class TextInput(string id) : CardElement
{
    public string Id { get; } = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("An input needs an id.", nameof(id)) : id;

    /// <summary>The value shown; kept as typed so a re-rendered form loses nothing.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool IsMultiline { get; init; }

    /// <summary>The client stops typing here; the server checks it again (card data is not trusted).</summary>
    public int? MaxLength { get; init; }

    private protected override string TypeName => "Input.Text";

    private protected override void WriteProperties(JsonObject json)
    {
        json["id"] = Id;
        if (!string.IsNullOrEmpty(Value))
        {
            json["value"] = Value;
        }

        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder;
        }

        if (IsMultiline)
        {
            json["isMultiline"] = true;
        }

        if (MaxLength is { } max)
        {
            json["maxLength"] = max;
        }
    }
}
