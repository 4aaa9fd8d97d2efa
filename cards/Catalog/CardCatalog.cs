using RectifyBot.Cards.Roster;
using RectifyBot.Cards.Stages;
using RectifyBot.Cards.Welcome;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Every card the project can build. A test fails when a builder (a public method returning
/// AdaptiveCard) is missing here, so every card is rendered and checked in both languages.
/// </summary>
public static class CardCatalog
{
    public static IReadOnlyList<CatalogEntry> All { get; } =
    [
        // Takes no user input: the maximum-length sample is the card itself.
        new("welcome", typeof(WelcomeCard), WelcomeCard.Build, WelcomeCard.Build),
        new("roster-health", typeof(RosterHealthCard),
            language => RosterHealthCard.Build(language, OfficeCardSamples.RealisticRosterCheck()),
            language => RosterHealthCard.Build(language, OfficeCardSamples.LongestRosterCheck())),
        new("stage-dates", typeof(StageDatesCard),
            language => StageDatesCard.Build(language, OfficeCardSamples.OfficeView(set: true), StageDatesForm.Blank),
            language => StageDatesCard.Build(language, OfficeCardSamples.OfficeView(set: true), OfficeCardSamples.RejectedForm())),
    ];
}
