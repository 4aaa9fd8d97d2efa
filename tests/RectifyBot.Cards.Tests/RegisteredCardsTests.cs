using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Cards.Tests.Rendering;

namespace RectifyBot.Cards.Tests;

/// <summary>Every card in the catalog, realistic and at maximum length, in zh-CN and en.</summary>
public sealed class RegisteredCardsTests
{
    public static TheoryData<string> RegisteredCards => [.. CardsUnderTest.RegisteredNames];

    [Theory]
    [MemberData(nameof(RegisteredCards))]
    public async Task Every_registered_card_renders_in_Teams_desktop_and_mobile_without_errors_or_warnings(string card)
    {
        var result = await CardsUnderTest.RenderAsync(card);

        Assert.Empty(result.Problems());
        Assert.False(string.IsNullOrWhiteSpace(result.Desktop.RenderedText), "the rendered card shows no text");
    }

    [Theory]
    [MemberData(nameof(RegisteredCards))]
    public void Every_registered_card_follows_the_Execute_fallback_schema_and_size_rules(string card) =>
        Assert.Empty(CardRules.Problems(CardsUnderTest.Json(card)));

    [Theory]
    [MemberData(nameof(RegisteredCards))]
    public void Every_registered_card_fits_in_a_Teams_message_under_80_KB(string card) =>
        Assert.InRange(TeamsMessage.SizeInBytes(CardsUnderTest.Json(card)), 1, TeamsMessage.MaxBytes);
}
