using System.Text.Json.Nodes;
using RectifyBot.Cards.Model;

namespace RectifyBot.Cards.Tests;

public sealed class ModelTests
{
    [Fact]
    public void An_Execute_carries_its_verb_in_the_data_and_a_Submit_fallback_with_the_same_data()
    {
        var card = new AdaptiveCard([new TextBlock("审核")], [new ExecuteAction("同意", "approve", new Dictionary<string, string> { ["measureId"] = "m-1" })]);

        var action = card.ToJsonNode()["actions"]![0]!;

        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("approve", (string?)action["verb"]);
        Assert.Equal("approve", (string?)action["data"]!["verb"]);
        Assert.Equal("m-1", (string?)action["data"]!["measureId"]);
        Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
        Assert.Equal("同意", (string?)action["fallback"]!["title"]);
        Assert.True(JsonNode.DeepEquals(action["data"], action["fallback"]!["data"]));
    }

    [Fact]
    public void The_verb_key_in_Execute_data_is_reserved_for_the_verb() =>
        Assert.Throws<ArgumentException>(() => new ExecuteAction("同意", "approve", new Dictionary<string, string> { ["verb"] = "return" }));

    [Fact]
    public void Card_JSON_keeps_Chinese_as_UTF_8_not_escapes()
    {
        var json = new AdaptiveCard([new TextBlock("整改台帐")]).ToJson();

        Assert.Contains("整改台帐", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_write_only_the_properties_that_are_set()
    {
        var card = new AdaptiveCard(
        [
            new TextBlock("标题") { Weight = TextWeight.Bolder, Size = TextSize.Large, Color = TextColor.Attention, IsSubtle = true, Spacing = Spacing.Medium },
            new ColumnSet([new Column([new TextBlock("左")]) { Width = ColumnWidth.Auto }, new Column([new TextBlock("右")]) { Width = ColumnWidth.Weighted(2) }]),
            new Container([new ActionSet([new OpenUrlAction("打开", new Uri("https://example.edu.cn/plan")), new SubmitAction("提交")])]) { Style = ContainerStyle.Emphasis },
        ]) { FullWidth = false };

        var json = card.ToJsonNode();
        var body = json["body"]!.AsArray();

        Assert.Null(json["msteams"]);
        Assert.Null(json["actions"]);
        Assert.Equal("""{"type":"TextBlock","spacing":"Medium","text":"标题","wrap":true,"weight":"Bolder","size":"Large","color":"Attention","isSubtle":true}""", body[0]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("auto", (string?)body[1]!["columns"]![0]!["width"]);
        Assert.Equal(2, (int?)body[1]!["columns"]![1]!["width"]);
        Assert.Equal("https://example.edu.cn/plan", (string?)body[2]!["items"]![0]!["actions"]![0]!["url"]);
        Assert.Equal("Emphasis", (string?)body[2]!["style"]);
    }
}
