using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>Anything that sits in a card body or a container.</summary>
public abstract class CardElement
{
    public Spacing? Spacing { get; init; }

    public bool Separator { get; init; }

    private protected abstract string TypeName { get; }

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = TypeName };
        if (Spacing is { } spacing)
        {
            json["spacing"] = spacing.ToString();
        }

        if (Separator)
        {
            json["separator"] = true;
        }

        WriteProperties(json);
        return json;
    }

    private protected abstract void WriteProperties(JsonObject json);
}
