using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Catalog;

/// <summary>One card the project can build, with samples the render tests run in every language.</summary>
/// <param name="Name">A short name for reports and file names.</param>
/// <param name="Builder">The class whose methods build the card; the completeness test matches on it.</param>
/// <param name="Realistic">The card with data as users will really see it.</param>
/// <param name="MaximumLength">The card with every user input at its maximum length, in Chinese.</param>
public sealed record CatalogEntry(
    string Name,
    Type Builder,
    Func<UserLanguage, AdaptiveCard> Realistic,
    Func<UserLanguage, AdaptiveCard> MaximumLength);
