using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Tests.Tables;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    public void Keys_with_characters_that_azure_refuses_are_rejected_before_the_request(string key) =>
        Assert.Throws<ArgumentException>(() => TableKeys.Validate(key, nameof(key)));

    [Fact]
    public void A_cause_derived_key_with_colons_and_chinese_is_accepted() =>
        Assert.Equal("decision-42:通知作者", TableKeys.Validate("decision-42:通知作者", "key"));
}
