using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Cards.Tests.Measures;

/// <summary>Small drafts, versions and ledger entries for the measure card tests; texts are ASCII unless a test needs Chinese.</summary>
internal static class MeasureTestData
{
    public const string Author = "200022";
    public static readonly DateTimeOffset At = new(2026, 12, 10, 6, 30, 0, TimeSpan.Zero); // 14:30 in China
    public static readonly ProblemArea[] MemberAreas = [ProblemArea.Thought, ProblemArea.Work, ProblemArea.Style, ProblemArea.Discipline];
    public static readonly ReviewRoute Route = new(RoutingRule.OtherMember, ["200020", "200021"], false, false, false, null, null);

    public static ProblemDraft FixNow(string description = "Late marking", string measures = "Mark within a week") => new()
    {
        Area = ProblemArea.Work,
        Source = ProblemSource.MassesOpinion,
        Description = description,
        Measures = measures,
        Handling = HandlingKind.FixNow,
        Deadline = new DateOnly(2026, 12, 31),
    };

    public static ProblemDraft CannotFixYet() => new()
    {
        Area = ProblemArea.Style,
        Source = ProblemSource.OrganisationEvaluation,
        Description = "Old lab equipment",
        Measures = "Replace it in batches",
        Handling = HandlingKind.CannotFixYet,
        Explanation = "Needs next year's budget",
        Milestones = [new(new DateOnly(2027, 1, 10), "apply"), new(new DateOnly(2027, 3, 1), "tender")],
        Deadline = new DateOnly(2027, 4, 10),
    };

    public static MeasureDraft Draft(DraftStep step, params ProblemDraft[] problems) => new()
    {
        AuthorNumber = Author,
        Revision = 5,
        Problems = problems.Length == 0 ? [ProblemDraft.Empty] : problems,
        Commitment = "I will fix them all",
        Step = step,
        StartedAt = At,
        UpdatedAt = At,
    };

    public static Problem Submitted(string description = "Late marking") =>
        new(ProblemArea.Work, ProblemSource.MassesOpinion, description, "Mark within a week", HandlingKind.FixNow, new DateOnly(2026, 12, 31), null, []);

    public static SubmissionVersion Version(int number, MeasureStatus status, ReviewDecision? decision = null, params Problem[] problems) => new()
    {
        AuthorNumber = Author,
        Version = number,
        Problems = problems.Length == 0 ? [Submitted()] : problems,
        Commitment = "I will fix them all",
        Route = Route,
        Reviewers = ["200020", "200021"],
        Status = status,
        SubmittedAt = At.AddDays(number),
        Decision = decision,
    };

    public static LedgerEntry Entry(string id, DateOnly deadline) => new()
    {
        Id = id,
        Source = LedgerSource.Measure,
        OwnerNumber = Author,
        ResponsiblePersonNumber = Author,
        ApprovedByNumber = "200021",
        Deadline = deadline,
        Handling = HandlingKind.FixNow,
        Area = ProblemArea.Work,
        Problem = "Late marking",
        Measures = "Mark within a week",
        CreatedAt = At,
    };
}
