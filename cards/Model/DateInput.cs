using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>
/// Input.Date (schema 1.0): its value comes back as "yyyy-MM-dd" in the action's data under <see cref="Id"/>.
/// <see cref="Label"/>, <see cref="IsRequired"/> and <see cref="ErrorMessage"/> are 1.3: Teams mobile (1.2) ignores
/// them, so cards put a TextBlock label above the input and show server-side errors as text next to it.
/// </summary>
public sealed class DateInput(string id) : CardElement
{
    public string Id { get; } = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("An input needs an id.", nameof(id)) : id;

    /// <summary>The value shown; kept as typed so a re-rendered form loses nothing.</summary>
    public string? Value { get; init; }

    public string? Label { get; init; }

    public bool IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    private protected override string TypeName => "Input.Date";

    private protected override void WriteProperties(JsonObject json)
    {
        json["id"] = Id;
        if (!string.IsNullOrEmpty(Value))
        {
            json["value"] = Value;
        }

        if (Label is not null)
        {
            json["label"] = Label;
        }

        if (IsRequired)
        {
            json["isRequired"] = true;
        }

        if (ErrorMessage is not null)
        {
            json["errorMessage"] = ErrorMessage;
        }
    }
}
