using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

public sealed class OpenUrlAction(string title, Uri url) : CardAction(title)
{
    public Uri Url { get; } = url ?? throw new ArgumentNullException(nameof(url));

    private protected override string TypeName => "Action.OpenUrl";

    private protected override void WriteProperties(JsonObject json) => json["url"] = Url.AbsoluteUri;
}
