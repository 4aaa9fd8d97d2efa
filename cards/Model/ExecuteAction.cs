using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>
/// Action.Execute (schema 1.4, an adaptiveCard/action invoke). It always carries an Action.Submit
/// fallback with the same data, the verb included, so Teams mobile (1.2) and older clients still
/// work and the bot can read the verb from either path.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    /// <summary>The data key that carries the verb in both the Execute and its Submit fallback.</summary>
    public const string VerbKey = "verb";

    public ExecuteAction(string title, string verb, IReadOnlyDictionary<string, string>? data = null)
        : base(title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        if (data is not null && data.ContainsKey(VerbKey))
        {
            throw new ArgumentException($"The data key '{VerbKey}' is reserved for the verb.", nameof(data));
        }

        Verb = verb;
        var all = new Dictionary<string, string>(data ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [VerbKey] = verb };
        Data = all;
    }

    public string Verb { get; }

    /// <summary>The caller's data plus the verb.</summary>
    public IReadOnlyDictionary<string, string> Data { get; }

    public SubmitAction Fallback => new(Title, Data);

    private protected override string TypeName => "Action.Execute";

    private protected override void WriteProperties(JsonObject json)
    {
        json["verb"] = Verb;
        json["data"] = DataObject(Data);
        json["fallback"] = Fallback.ToJson();
    }
}
