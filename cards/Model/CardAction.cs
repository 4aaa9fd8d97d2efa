using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>A button (or a select action).</summary>
public abstract class CardAction(string title)
{
    public string Title { get; } = title ?? throw new ArgumentNullException(nameof(title));

    private protected abstract string TypeName { get; }

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = TypeName, ["title"] = Title };
        WriteProperties(json);
        return json;
    }

    private protected abstract void WriteProperties(JsonObject json);

    private protected static JsonObject DataObject(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (key, value) in data)
        {
            json[key] = value;
        }

        return json;
    }
}
