using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>Action.Submit: the data (and any inputs) come back as a message activity.</summary>
public sealed class SubmitAction(string title, IReadOnlyDictionary<string, string>? data = null) : CardAction(title)
{
    public IReadOnlyDictionary<string, string> Data { get; } = data ?? new Dictionary<string, string>();

    private protected override string TypeName => "Action.Submit";

    private protected override void WriteProperties(JsonObject json) => json["data"] = DataObject(Data);
}
