using System.Globalization;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Measures;

namespace RectifyBot.Storage.Measures;

/// <summary>
/// Rows of the Measures table, all in the author's partition (keys in docs/storage.md). Every row says its
/// <c>Kind</c>, so one partition query can read a member's whole state and leave the bulky outbox rows out.
/// </summary>
internal static class MeasureRows
{
    public const string DraftKey = "draft";
    public const string DraftProblemPrefix = "draft|p|";
    public const string VersionPrefix = "v|";
    public const string LedgerPrefix = "ledger|";
    public const string HistoryPrefix = "history|";
    public const string NoticePrefix = "notice|";

    public static class Kinds
    {
        public const string Draft = "Draft";
        public const string DraftProblem = "DraftProblem";
        public const string Version = "Version";
        public const string VersionProblem = "VersionProblem";
        public const string LedgerEntry = "LedgerEntry";
        public const string LedgerNote = "LedgerNote";
        public const string Event = "Event";
    }

    public static string DraftProblemKey(int index) => DraftProblemPrefix + index.ToString("D2", CultureInfo.InvariantCulture);

    public static string VersionKey(int version) => VersionPrefix + version.ToString("D4", CultureInfo.InvariantCulture);

    public static string VersionProblemKey(int version, int index) => VersionKey(version) + "|p|" + index.ToString("D2", CultureInfo.InvariantCulture);

    public static string LedgerKey(string entryId) => LedgerPrefix + entryId;

    public static string NoteKey(string entryId, DateTimeOffset at) => LedgerKey(entryId) + "|note|" + Unique(at);

    public static string HistoryKey(DateTimeOffset at) => HistoryPrefix + Unique(at);

    private static string Unique(DateTimeOffset at) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    public static TableEntity Draft(MeasureDraft draft, int revision) => new(draft.AuthorNumber, DraftKey)
    {
        ["Kind"] = Kinds.Draft,
        ["Revision"] = revision,
        ["ProblemCount"] = draft.Problems.Count,
        ["Commitment"] = draft.Commitment,
        ["Lessons"] = draft.Lessons,
        ["LessonsAnswered"] = draft.LessonsAnswered,
        ["Step"] = draft.Step.ToString(),
        ["CurrentProblem"] = draft.CurrentProblem,
        ["Revises"] = draft.Revises,
        ["StartedAt"] = draft.StartedAt.ToUniversalTime(),
        ["UpdatedAt"] = draft.UpdatedAt.ToUniversalTime(),
    };

    public static TableEntity DraftProblem(string author, int index, ProblemDraft problem)
    {
        var row = new TableEntity(author, DraftProblemKey(index)) { ["Kind"] = Kinds.DraftProblem };
        WriteProblemFields(row, problem.Area, problem.Source, problem.Description, problem.Measures, problem.Handling, problem.Deadline, problem.Explanation, problem.Milestones);
        return row;
    }

    public static MeasureDraft ReadDraft(TableEntity header, IEnumerable<TableEntity> problemRows)
    {
        var problems = problemRows.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(r => new ProblemDraft
        {
            Area = Enum<ProblemArea>(r, "Area"),
            Source = Enum<ProblemSource>(r, "Source"),
            Description = r.GetString("Description"),
            Measures = r.GetString("Measures"),
            Handling = Enum<HandlingKind>(r, "Handling"),
            Deadline = Date(r, "Deadline"),
            Explanation = r.GetString("Explanation"),
            Milestones = MeasureJson.ReadMilestones(r.GetString("Milestones")),
        }).ToList();
        return new MeasureDraft
        {
            AuthorNumber = header.PartitionKey,
            Revision = header.GetInt32("Revision") ?? 0,
            Problems = problems.Count == 0 ? [ProblemDraft.Empty] : problems,
            Commitment = header.GetString("Commitment"),
            Lessons = header.GetString("Lessons"),
            LessonsAnswered = header.GetBoolean("LessonsAnswered") ?? false,
            Step = Enum<DraftStep>(header, "Step") ?? DraftStep.Area,
            CurrentProblem = Math.Clamp(header.GetInt32("CurrentProblem") ?? 0, 0, Math.Max(0, problems.Count - 1)),
            Revises = header.GetInt32("Revises"),
            StartedAt = header.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
            UpdatedAt = header.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
            ETag = header.ETag.ToString(),
        };
    }

    public static TableEntity Version(SubmissionVersion v) => WithETag(new TableEntity(v.AuthorNumber, VersionKey(v.Version))
    {
        ["Kind"] = Kinds.Version,
        ["Version"] = v.Version,
        ["ProblemCount"] = v.Problems.Count,
        ["Commitment"] = v.Commitment,
        ["Lessons"] = v.Lessons,
        ["Route"] = MeasureJson.WriteRoute(v.Route),
        ["Reviewers"] = MeasureJson.Write(v.Reviewers),
        ["Status"] = v.Status.ToString(),
        ["SubmittedAt"] = v.SubmittedAt.ToUniversalTime(),
        ["AuthorUnitCode"] = v.AuthorUnitCode,
        ["DecisionOutcome"] = v.Decision?.Outcome.ToString(),
        ["DecisionBy"] = v.Decision?.ByNumber,
        ["DecisionAt"] = v.Decision?.At.ToUniversalTime(),
        ["DecisionComment"] = v.Decision?.Comment,
        ["DecisionExternal"] = v.Decision?.External,
        ["WithdrawnAt"] = v.WithdrawnAt?.ToUniversalTime(),
    }, v.ETag);

    public static TableEntity VersionProblem(string author, int version, int index, Problem p)
    {
        var row = new TableEntity(author, VersionProblemKey(version, index)) { ["Kind"] = Kinds.VersionProblem, ["Version"] = version };
        WriteProblemFields(row, p.Area, p.Source, p.Description, p.Measures, p.Handling, p.Deadline, p.Explanation, p.Milestones);
        return row;
    }

    public static SubmissionVersion ReadVersion(TableEntity row, IEnumerable<TableEntity> problemRows)
    {
        var outcome = Enum<ReviewOutcome>(row, "DecisionOutcome");
        return new SubmissionVersion
        {
            AuthorNumber = row.PartitionKey,
            Version = row.GetInt32("Version") ?? 0,
            Problems = [.. problemRows.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(ReadProblem)],
            Commitment = row.GetString("Commitment") ?? "",
            Lessons = row.GetString("Lessons"),
            Route = MeasureJson.ReadRoute(row.GetString("Route")),
            Reviewers = MeasureJson.Read<List<string>>(row.GetString("Reviewers"), []),
            Status = Enum<MeasureStatus>(row, "Status") ?? throw new InvalidOperationException($"Version row {row.PartitionKey}/{row.RowKey} has no status."),
            SubmittedAt = row.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue,
            AuthorUnitCode = row.GetString("AuthorUnitCode"),
            Decision = outcome is { } o
                ? new ReviewDecision(o, row.GetString("DecisionBy") ?? "", row.GetDateTimeOffset("DecisionAt") ?? DateTimeOffset.MinValue, row.GetString("DecisionComment"), row.GetBoolean("DecisionExternal") ?? false)
                : null,
            WithdrawnAt = row.GetDateTimeOffset("WithdrawnAt"),
            ETag = row.ETag.ToString(),
        };
    }

    public static TableEntity Entry(string author, LedgerEntry e) => WithETag(new TableEntity(author, LedgerKey(e.Id))
    {
        ["Kind"] = Kinds.LedgerEntry,
        ["EntryId"] = e.Id,
        ["Source"] = e.Source.ToString(),
        ["OwnerNumber"] = e.OwnerNumber,
        ["UnitCode"] = e.UnitCode,
        ["ResponsibleDepartmentCode"] = e.ResponsibleDepartmentCode,
        ["ResponsiblePersonNumber"] = e.ResponsiblePersonNumber,
        ["ApprovedByNumber"] = e.ApprovedByNumber,
        ["Deadline"] = IsoDate(e.Deadline),
        ["Handling"] = e.Handling.ToString(),
        ["Area"] = e.Area.ToString(),
        ["PlanArea"] = e.PlanArea,
        ["Problem"] = e.Problem,
        ["Measures"] = e.Measures,
        ["Explanation"] = e.Explanation,
        ["Milestones"] = MeasureJson.Write(e.Milestones),
        ["Status"] = e.Status.ToString(),
        ["CompletedAt"] = e.CompletedAt?.ToUniversalTime(),
        ["CompletedOnTime"] = e.CompletedOnTime,
        ["CreatedAt"] = e.CreatedAt.ToUniversalTime(),
    }, e.ETag);

    public static LedgerEntry ReadEntry(TableEntity row, IEnumerable<ProgressNote> notes) => new()
    {
        Id = row.GetString("EntryId") ?? row.RowKey[LedgerPrefix.Length..],
        Source = Enum<LedgerSource>(row, "Source") ?? LedgerSource.Measure,
        OwnerNumber = row.GetString("OwnerNumber") ?? "",
        UnitCode = row.GetString("UnitCode"),
        ResponsibleDepartmentCode = row.GetString("ResponsibleDepartmentCode"),
        ResponsiblePersonNumber = row.GetString("ResponsiblePersonNumber") ?? "",
        ApprovedByNumber = row.GetString("ApprovedByNumber") ?? "",
        Deadline = Date(row, "Deadline") ?? DateOnly.MinValue,
        Handling = Enum<HandlingKind>(row, "Handling") ?? HandlingKind.FixNow,
        Area = Enum<ProblemArea>(row, "Area") ?? ProblemArea.Work,
        PlanArea = row.GetString("PlanArea"),
        Problem = row.GetString("Problem") ?? "",
        Measures = row.GetString("Measures") ?? "",
        Explanation = row.GetString("Explanation"),
        Milestones = MeasureJson.ReadMilestones(row.GetString("Milestones")),
        Status = Enum<LedgerEntryStatus>(row, "Status") ?? LedgerEntryStatus.Open,
        Progress = [.. notes.OrderBy(n => n.At)],
        CompletedAt = row.GetDateTimeOffset("CompletedAt"),
        CompletedOnTime = row.GetBoolean("CompletedOnTime"),
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        ETag = row.ETag.ToString(),
    };

    /// <summary>The columns <see cref="ReadLine"/> needs: a ledger view reads no problem or measure text.</summary>
    public static IReadOnlyList<string> LineColumns { get; } =
        ["PartitionKey", "RowKey", "Kind", "EntryId", "OwnerNumber", "UnitCode", "ResponsibleDepartmentCode", "Deadline", "Handling", "Area", "Status", "CompletedAt", "CompletedOnTime", "CreatedAt"];

    public static LedgerLine ReadLine(TableEntity row) => new()
    {
        EntryId = row.GetString("EntryId") ?? row.RowKey[LedgerPrefix.Length..],
        OwnerNumber = row.GetString("OwnerNumber") ?? row.PartitionKey,
        UnitCode = row.GetString("UnitCode"),
        ResponsibleDepartmentCode = row.GetString("ResponsibleDepartmentCode"),
        Deadline = Date(row, "Deadline") ?? DateOnly.MinValue,
        Handling = Enum<HandlingKind>(row, "Handling") ?? HandlingKind.FixNow,
        Area = Enum<ProblemArea>(row, "Area") ?? ProblemArea.Work,
        Status = Enum<LedgerEntryStatus>(row, "Status") ?? LedgerEntryStatus.Open,
        CompletedAt = row.GetDateTimeOffset("CompletedAt"),
        CompletedOnTime = row.GetBoolean("CompletedOnTime"),
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
    };

    /// <summary>A version row that counts as "submitted measures" for coverage: any status but withdrawn.</summary>
    public static bool IsSubmission(TableEntity row) =>
        row.GetString("Kind") == Kinds.Version && Enum<MeasureStatus>(row, "Status") is { } status && status != MeasureStatus.Withdrawn;

    public static TableEntity Note(string author, LedgerNoteAdded added) => new(author, NoteKey(added.EntryId, added.Note.At))
    {
        ["Kind"] = Kinds.LedgerNote,
        ["EntryId"] = added.EntryId,
        ["At"] = added.Note.At.ToUniversalTime(),
        ["By"] = added.Note.ByNumber,
        ["Text"] = added.Note.Text,
        ["EvidenceLink"] = added.Note.EvidenceLink,
    };

    public static (string EntryId, ProgressNote Note) ReadNote(TableEntity row) => (
        row.GetString("EntryId") ?? "",
        new ProgressNote(row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, row.GetString("By") ?? "", row.GetString("Text") ?? "", row.GetString("EvidenceLink")));

    public static TableEntity Event(string author, MeasureEvent e) => new(author, HistoryKey(e.At))
    {
        ["Kind"] = Kinds.Event,
        ["At"] = e.At.ToUniversalTime(),
        ["By"] = e.ByNumber,
        ["EventKind"] = e.Kind.ToString(),
        ["Version"] = e.Version,
        ["Problem"] = e.Problem,
        ["Detail"] = e.Detail,
    };

    public static MeasureEvent ReadEvent(TableEntity row) => new(
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        row.GetString("By") ?? "",
        Enum<MeasureEventKind>(row, "EventKind") ?? MeasureEventKind.Submitted,
        row.GetInt32("Version") ?? 0,
        row.GetInt32("Problem"),
        row.GetString("Detail"));

    private static Problem ReadProblem(TableEntity r) => new(
        Enum<ProblemArea>(r, "Area") ?? ProblemArea.Work,
        Enum<ProblemSource>(r, "Source") ?? ProblemSource.SelfAnalysis,
        r.GetString("Description") ?? "",
        r.GetString("Measures") ?? "",
        Enum<HandlingKind>(r, "Handling") ?? HandlingKind.FixNow,
        Date(r, "Deadline") ?? DateOnly.MinValue,
        r.GetString("Explanation"),
        MeasureJson.ReadMilestones(r.GetString("Milestones")));

    private static void WriteProblemFields(
        TableEntity row, ProblemArea? area, ProblemSource? source, string? description, string? measures, HandlingKind? handling,
        DateOnly? deadline, string? explanation, IReadOnlyList<Milestone> milestones)
    {
        row["Area"] = area?.ToString();
        row["Source"] = source?.ToString();
        row["Description"] = description;
        row["Measures"] = measures;
        row["Handling"] = handling?.ToString();
        row["Deadline"] = deadline is { } d ? IsoDate(d) : null;
        row["Explanation"] = explanation;
        row["Milestones"] = MeasureJson.Write(milestones);
    }

    public static TableEntity WithETag(TableEntity row, string? etag)
    {
        if (etag is not null)
        {
            row.ETag = new ETag(etag);
        }

        return row;
    }

    // Deadlines are calendar dates in China Standard Time, not instants: stored as text so no time zone can shift them.
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Date(TableEntity row, string name) =>
        DateOnly.TryParseExact(row.GetString(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static TEnum? Enum<TEnum>(TableEntity row, string name)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(row.GetString(name), ignoreCase: false, out var value) ? value : null;
}
