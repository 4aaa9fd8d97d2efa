using RectifyBot.Cards.Reviews;
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

        // Review copies, one per mode. Maximum: 10 problems with every text at its limit, 6 milestones each, 3 returned
        // versions with the longest comments: texts are cut to fit ReviewCard.MaxCardBytes and read whole with "查看全文".
        new("review-decide", typeof(ReviewCard),
            language => ReviewCardSamples.Realistic(language, ReviewCardMode.Decide),
            language => ReviewCardSamples.Maximum(language, ReviewCardMode.Decide)),
        new("review-forward", typeof(ReviewCard),
            language => ReviewCardSamples.Realistic(language, ReviewCardMode.Forward),
            language => ReviewCardSamples.Maximum(language, ReviewCardMode.Forward)),
        new("review-assign", typeof(ReviewCard),
            language => ReviewCardSamples.Realistic(language, ReviewCardMode.Assign),
            language => ReviewCardSamples.Maximum(language, ReviewCardMode.Assign)),
        new("review-external", typeof(ReviewCard),
            language => ReviewCardSamples.Realistic(language, ReviewCardMode.External),
            language => ReviewCardSamples.Maximum(language, ReviewCardMode.External)),
        new("review-assist", typeof(ReviewCard),
            language => ReviewCardSamples.Realistic(language, ReviewCardMode.Assist),
            language => ReviewCardSamples.Maximum(language, ReviewCardMode.Assist)),
        new("review-closed", typeof(ReviewCard),
            language => ReviewCardSamples.Realistic(language, ReviewCardMode.Closed),
            language => ReviewCardSamples.Maximum(language, ReviewCardMode.Closed)),

        // A queue of 5,000 open items, names and units at their longest: twenty are shown, then "and N more".
        new("my-reviews", typeof(MyReviewsCard), ReviewCardSamples.RealisticQueue, ReviewCardSamples.MaximumQueue),
    ];
}
