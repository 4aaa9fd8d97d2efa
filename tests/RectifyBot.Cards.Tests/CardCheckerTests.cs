using RectifyBot.Cards.Tests.Rendering;

namespace RectifyBot.Cards.Tests;

/// <summary>The checks that guard the registered cards must be able to fail.</summary>
public sealed class CardCheckerTests
{
    [Theory]
    [InlineData(BrokenCards.UnknownElement, "UnknownElementType")]
    [InlineData(BrokenCards.InvalidPropertyValue, "InvalidPropertyValue")]
    [InlineData(BrokenCards.ExecuteWithoutFallback, "has no Action.Submit fallback")]
    [InlineData(BrokenCards.ExecuteWithoutFallback, "an action without a fallback was dropped")]
    [InlineData(BrokenCards.ExecuteFallbackWithOtherData, "carry different data")]
    [InlineData(BrokenCards.NewerElementWithoutFallback, "Table is newer than schema 1.2")]
    [InlineData(BrokenCards.Oversized, "over 81920")]
    public async Task The_checker_rejects_a_broken_card(string card, string expectedProblem)
    {
        var problems = await CardsUnderTest.ProblemsAsync(card);

        Assert.Contains(problems, p => p.Contains(expectedProblem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_checker_finds_Execute_without_fallback_inside_ActionSets_and_selectActions()
    {
        var problems = await CardsUnderTest.ProblemsAsync(BrokenCards.NestedExecuteWithoutFallback);

        Assert.Contains(problems, p => p.Contains("selectAction", StringComparison.Ordinal) && p.Contains("'open' has no Action.Submit fallback", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("actions[0]", StringComparison.Ordinal) && p.Contains("'return' has no Action.Submit fallback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_checker_accepts_a_newer_element_that_falls_back_for_schema_1_2_clients() =>
        Assert.Empty(await CardsUnderTest.ProblemsAsync(BrokenCards.NewerElementWithFallback));
}
