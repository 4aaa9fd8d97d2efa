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

        // A roster import: thousands of people changed still show ten names per line.
        new("roster-import", typeof(RosterImportCard), RosterImportSamples.Summary, RosterImportSamples.SummaryMaximum),

        // A roster file with 20,000 problems, each at maximum length: thirty are shown, then "and N more".
        new("roster-import-errors", typeof(RosterImportErrorsCard), RosterImportSamples.Errors, RosterImportSamples.ErrorsMaximum),
    ];
}
