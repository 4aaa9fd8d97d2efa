using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Cards.Welcome;

namespace RectifyBot.Cards.Tests;

public sealed class CardCatalogTests
{
    [Fact]
    public void Every_card_builder_in_the_cards_assembly_is_in_the_catalog()
    {
        var missing = CatalogCompleteness.Missing(typeof(AdaptiveCard).Assembly, CardCatalog.All.Select(e => e.Builder));

        Assert.True(missing.Count == 0, "Add these builders to CardCatalog.All: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_completeness_check_reports_a_builder_the_catalog_lacks()
    {
        var missing = CatalogCompleteness.Missing(typeof(AdaptiveCard).Assembly, []);

        Assert.Contains(typeof(WelcomeCard), missing);
    }

    [Fact]
    public void Every_catalog_entry_names_a_card_builder_and_a_unique_name()
    {
        var builders = CatalogCompleteness.BuilderTypes(typeof(AdaptiveCard).Assembly);

        Assert.All(CardCatalog.All, e => Assert.Contains(e.Builder, builders));
        Assert.Equal(CardCatalog.All.Count, CardCatalog.All.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Sample_Chinese_text_has_exactly_the_requested_length()
    {
        Assert.Equal(2000, SampleText.Chinese(2000).Length);
        Assert.All(SampleText.Chinese(50), c => Assert.True(c >= '\u3000', $"'{c}' is not a CJK character or punctuation"));
    }
}
