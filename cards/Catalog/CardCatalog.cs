using RectifyBot.Cards.Delivery;
using RectifyBot.Cards.Reviews;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Ledger;
using RectifyBot.Cards.Roster;
using RectifyBot.Cards.Stages;
using RectifyBot.Cards.Supervision;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Plans.Notices;
using RectifyBot.Cards.Welcome;
using RectifyBot.Cards.Surveys;

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
        // The member's measures. Maximum samples: every text at its MeasureLimits length, 10 problems of 6 milestones,
        // 99 versions, 40 progress notes; the preview shortens problem text when all of it cannot fit.
        new("measure-draft-step", typeof(DraftStepCard), MeasureCardSamples.DraftStepRealistic, MeasureCardSamples.DraftStepMaximum),
        new("measure-draft-step-choice", typeof(DraftStepCard), MeasureCardSamples.DraftStepChoice, MeasureCardSamples.DraftStepChoiceMaximum),
        new("measure-problem-form", typeof(ProblemFormCard), MeasureCardSamples.ProblemForm, MeasureCardSamples.ProblemFormMaximum),
        new("measure-draft-preview", typeof(DraftPreviewCard), MeasureCardSamples.DraftPreview, MeasureCardSamples.DraftPreviewMaximum),
        new("measure-decision-returned", typeof(DecisionNoticeCard), MeasureCardSamples.DecisionReturned, MeasureCardSamples.DecisionReturnedMaximum),
        new("measure-decision-approved", typeof(DecisionNoticeCard), MeasureCardSamples.DecisionApproved, MeasureCardSamples.DecisionApprovedMaximum),
        new("my-measures", typeof(MyMeasuresCard), MeasureCardSamples.MyMeasures, MeasureCardSamples.MyMeasuresMaximum),
        new("ledger-entry", typeof(LedgerEntryCard), MeasureCardSamples.LedgerEntryRealistic, MeasureCardSamples.LedgerEntryMaximum),
        new("ledger-entry-done", typeof(LedgerEntryCard), MeasureCardSamples.LedgerEntryDone, MeasureCardSamples.LedgerEntryMaximum),

        // A person's supervision digest. Maximum: 5,000 items with 2,000-character titles: twenty are shown, cut, then "and N more".
        new("supervision-digest", typeof(DigestCard), SupervisionCardSamples.Digest, SupervisionCardSamples.DigestMaximum),
        new("ledger-summary", typeof(LedgerSummaryCard), LedgerCardSamples.Summary, LedgerCardSamples.Maximum),
        new("ledger-overdue", typeof(LedgerSummaryCard), LedgerCardSamples.Overdue, LedgerCardSamples.OverdueMaximum),
        new("supervision-bulletin", typeof(BulletinCard), SupervisionCardSamples.Bulletin, SupervisionCardSamples.BulletinMaximum),
        // People messages cannot reach (403/404): 5,000 at maximum, thirty shown, then "and N more".
        new("unreachable", typeof(UnreachableRecipientsCard),
            language => UnreachableRecipientsCard.Build(language, DeliveryCardSamples.RealisticUnreachable()),
            language => UnreachableRecipientsCard.Build(language, DeliveryCardSamples.LongestUnreachable())),
        new("unreachable-none", typeof(UnreachableRecipientsCard),
            language => UnreachableRecipientsCard.Build(language, DeliveryCardSamples.NoneUnreachable()),
            language => UnreachableRecipientsCard.Build(language, DeliveryCardSamples.LongestUnreachable())),
        // Unit plans (issue 8). Maximum: 20 items at 1,000 characters (shown to 150), 200 opinions of 2,000 (20 shown, to
        // 300 each), 500 child plans and 500 coordination items (20 of each shown, then "and N more").
        new("plan-filing-copy", typeof(PlanNoticeCard),
            language => PlanCardSamples.Notice(language, PlanNoticeKind.FilingCopy),
            language => PlanCardSamples.NoticeMaximum(language, PlanNoticeKind.FilingCopy)),
        new("plan-office-decision", typeof(PlanNoticeCard),
            language => PlanCardSamples.Notice(language, PlanNoticeKind.OfficeDecisionCopy),
            language => PlanCardSamples.NoticeMaximum(language, PlanNoticeKind.OfficeDecisionCopy)),
        new("plan-revision", typeof(PlanNoticeCard),
            language => PlanCardSamples.Notice(language, PlanNoticeKind.RevisionToAuthor),
            language => PlanCardSamples.NoticeMaximum(language, PlanNoticeKind.RevisionToAuthor)),
        new("unit-plans", typeof(UnitPlansCard), PlanCardSamples.UnitPlans, PlanCardSamples.UnitPlansMaximum),
        new("plan-published", typeof(PlanPublishedCard), PlanCardSamples.Published, PlanCardSamples.PublishedMaximum),

        // Drafting a plan. Maximum: 20 items with every text at its limit (the preview shortens them), every field with
        // errors and typed text at its limit, 30 namesakes, 500 units to choose from (20 shown).
        new("plan-draft-step", typeof(PlanStepCard), PlanDraftCardSamples.Step, PlanDraftCardSamples.StepMaximum),
        new("plan-draft-item", typeof(PlanItemFormCard), PlanDraftCardSamples.Form, PlanDraftCardSamples.FormMaximum),
        new("plan-draft-preview", typeof(PlanPreviewCard), PlanDraftCardSamples.Preview, PlanDraftCardSamples.PreviewMaximum),
        new("plan-draft-publish", typeof(PlanPublishCard), PlanDraftCardSamples.Publish, PlanDraftCardSamples.PublishMaximum),
        new("plan-draft-units", typeof(PlanUnitChoiceCard), PlanDraftCardSamples.Units, PlanDraftCardSamples.UnitsMaximum),

        // The office's list of plan areas. Maximum: 200 areas with both names at their limit, every field with errors.
        new("plan-areas", typeof(PlanAreasCard), PlanAreaCardSamples.Areas, PlanAreaCardSamples.AreasMaximum),
        // Surveys in Teams (issue 6): see SurveyCardSamples for the maximum samples.
        new("survey-card", typeof(SurveyInvitationCard), SurveyCardSamples.Invitation, SurveyCardSamples.InvitationMaximum),
        new("survey-answered", typeof(SurveyReplyNoticeCard), SurveyCardSamples.Answered, SurveyCardSamples.AnsweredMaximum),
        new("survey-new", typeof(NewSurveyCard), SurveyCardSamples.NewSurvey, SurveyCardSamples.NewSurveyMaximum),
        new("survey-progress", typeof(SurveyProgressCard), SurveyCardSamples.Progress, SurveyCardSamples.ProgressMaximum),
        new("my-surveys", typeof(MySurveysCard), SurveyCardSamples.Mine, SurveyCardSamples.MineMaximum),
        // Survey results (issue 6). Maximum: 500 opinions of 2,000 characters (20 shown, to 300 each), every category, 5 questions of 200.
        new("survey-results", typeof(Surveys.SurveyResultsCard), SurveyResultsCardSamples.Results, SurveyResultsCardSamples.ResultsMaximum),
        new("survey-list", typeof(Surveys.SurveyListCard), SurveyResultsCardSamples.List, SurveyResultsCardSamples.ListMaximum),
        // A suggestion-box digest of 400 opinions of 2,000 characters: 20 shown to 300, then "and N more". The box's form: 100 units (committees, departments and the person's own branch) of 40 characters.
        new("suggestion-digest", typeof(Surveys.SuggestionDigestCard), SurveyResultsCardSamples.Digest, SurveyResultsCardSamples.DigestMaximum),
        new("suggestion-box", typeof(Surveys.SuggestionBoxCard), SurveyResultsCardSamples.Box, SurveyResultsCardSamples.BoxMaximum),
        // Paper ballots: every category, every field wrong and kept, 4,000 characters of opinions typed.
        new("paper-entry", typeof(Surveys.PaperEntryCard), SurveyResultsCardSamples.Paper, SurveyResultsCardSamples.PaperMaximum),
        // Long-term mechanisms (issue 9): a unit's five with their forms; the office's overview. See MechanismCardSamples for the maximum samples.
        new("mechanisms", typeof(Mechanisms.MechanismsCard), MechanismCardSamples.Page, MechanismCardSamples.PageMaximum),
        new("mechanism-overview", typeof(Mechanisms.MechanismOverviewCard), MechanismCardSamples.Overview, MechanismCardSamples.OverviewMaximum),
        // Branch building and best Party-day activities (issue 9). See BranchBuildingCardSamples for the maximum samples.
        new("branch-building", typeof(BranchBuilding.BranchBuildingCard), BranchBuildingCardSamples.Items, BranchBuildingCardSamples.ItemsMaximum),
        new("party-day", typeof(BranchBuilding.PartyDayCard), BranchBuildingCardSamples.PartyDays, BranchBuildingCardSamples.PartyDaysMaximum),
        // Meetings and guidance visits (issue 8). Maximum: every field wrong and kept at its limit, 30 namesakes; 500 meetings of 300 attendees.
        new("meeting-form", typeof(Meetings.MeetingFormCard), MeetingCardSamples.Form, MeetingCardSamples.FormMaximum),
        new("meeting-visit-form", typeof(Meetings.MeetingFormCard), MeetingCardSamples.VisitForm, MeetingCardSamples.FormMaximum),
        new("meetings", typeof(Meetings.MeetingsCard), MeetingCardSamples.List, MeetingCardSamples.ListMaximum),
        // Summary reports (issue 9): a unit's card (a 200-character file name); the office's list of 500 units, forty of each kind shown.
        new("summary-report", typeof(SummaryReports.SummaryReportCard), SummaryReportCardSamples.Unit, SummaryReportCardSamples.UnitMaximum),
        new("summary-report-status", typeof(SummaryReports.SummaryReportStatusCard), SummaryReportCardSamples.Status, SummaryReportCardSamples.StatusMaximum),
        // 公布整改情况 (issue 8): the form with a refused date; at the maximum 20 explained items of 1,000 + 1,000 characters (shown to 100 + 200), published.
        new("status-report", typeof(StatusReports.StatusReportCard), StatusReportCardSamples.Form, StatusReportCardSamples.Maximum),
        // Choosing the unit instead of typing its code: every unit of the roster for the office (a type-ahead, a drop-down on mobile); 500 units of 100 characters (300 shown, cut to 40).
        new("unit-choice", typeof(Plans.UnitChoiceCard), StatusReportCardSamples.Units, StatusReportCardSamples.UnitsMaximum),
        new("status-result", typeof(StatusReports.StatusResultCard), StatusReportCardSamples.Result, StatusReportCardSamples.ResultMaximum),
        // The rating card of a plan's or status report's feedback window (issue 8): the plan's items or the status above the
        // survey's questions. Maximum: 20 items (or explained items) with every text at its limit, shown shortened; see FeedbackCardSamples.
        new("survey-card-plan", typeof(SurveyInvitationCard), FeedbackCardSamples.Plan, FeedbackCardSamples.PlanMaximum),
        new("survey-card-status", typeof(SurveyInvitationCard), FeedbackCardSamples.Status, FeedbackCardSamples.StatusMaximum),
    ];
}
