using System.Globalization;
using Azure.Data.Tables;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Storage.Measures;

namespace RectifyBot.Storage.Plans;

/// <summary>
/// Rows of the Plans table, all in the unit's partition (keys in docs/storage.md). Every row says its <c>Kind</c>, so
/// one partition query reads a unit's whole plan and leaves the bulky outbox rows out. Ledger entries use the
/// Measures table's row shape, so the ledger reads both alike.
/// </summary>
internal static class PlanRows
{
    public const string DraftKey = "draft";
    public const string DraftItemPrefix = "draft|i|";
    public const string VersionPrefix = "v|";
    public const string CoordinationPrefix = "coord|";
    public const string HistoryPrefix = "history|";

    public static class Kinds
    {
        public const string Draft = "PlanDraft";
        public const string DraftItem = "PlanDraftItem";
        public const string Version = "PlanVersion";
        public const string VersionItem = "PlanItem";
        public const string Coordination = "Coordination";
        public const string Event = "PlanEvent";
    }

    public static string DraftItemKey(int index) => DraftItemPrefix + index.ToString("D2", CultureInfo.InvariantCulture);

    public static string VersionKey(int version) => VersionPrefix + version.ToString("D4", CultureInfo.InvariantCulture);

    public static string VersionItemKey(int version, int index) => VersionKey(version) + "|i|" + index.ToString("D2", CultureInfo.InvariantCulture);

    public static string CoordinationKey(PlanCoordination c) => CoordinationPrefix + c.Key;

    public static TableEntity Draft(PlanDraft d, int revision) => new(d.UnitCode, DraftKey)
    {
        ["Kind"] = Kinds.Draft,
        ["AuthorNumber"] = d.AuthorNumber,
        ["EditedByNumber"] = d.EditedByNumber,
        ["ItemCount"] = d.Items.Count,
        ["CurrentItem"] = d.CurrentItem,
        ["Step"] = d.Step?.ToString(),
        ["Revises"] = d.Revises,
        ["Scope"] = d.Scope?.ToString(),
        ["Revision"] = revision,
        ["StartedAt"] = d.StartedAt.ToUniversalTime(),
        ["UpdatedAt"] = d.UpdatedAt.ToUniversalTime(),
    };

    public static TableEntity DraftItem(string unit, int index, PlanItemDraft item)
    {
        var row = new TableEntity(unit, DraftItemKey(index)) { ["Kind"] = Kinds.DraftItem };
        WriteItem(row, item.Problem, item.AreaCode, item.OwnArea, item.Handling, item.Deadline, item.Explanation, item.Milestones, item.ResponsibleUnitCode, item.ResponsiblePersonNumber, item.Goals);
        return row;
    }

    public static PlanDraft ReadDraft(TableEntity header, IEnumerable<TableEntity> itemRows)
    {
        var items = itemRows.OrderBy(r => r.RowKey, StringComparer.Ordinal).Take(header.GetInt32("ItemCount") ?? int.MaxValue).Select(r => new PlanItemDraft
        {
            Problem = r.GetString("Problem"),
            AreaCode = r.GetString("AreaCode"),
            OwnArea = r.GetString("OwnArea"),
            Handling = MeasureRows.Enum<PlanHandling>(r, "Handling"),
            Deadline = MeasureRows.Date(r, "Deadline"),
            Explanation = r.GetString("Explanation"),
            Milestones = MeasureJson.ReadMilestones(r.GetString("Milestones")),
            ResponsibleUnitCode = r.GetString("ResponsibleUnitCode"),
            ResponsiblePersonNumber = r.GetString("ResponsiblePersonNumber"),
            Goals = ReadGoals(r),
        }).ToList();
        return new PlanDraft
        {
            UnitCode = header.PartitionKey,
            AuthorNumber = header.GetString("AuthorNumber") ?? "",
            EditedByNumber = header.GetString("EditedByNumber"),
            Items = items,
            CurrentItem = Math.Clamp(header.GetInt32("CurrentItem") ?? 0, 0, Math.Max(0, items.Count - 1)),
            Step = MeasureRows.Enum<PlanField>(header, "Step"),
            Revises = header.GetInt32("Revises"),
            Scope = MeasureRows.Enum<PlanScope>(header, "Scope"),
            Revision = header.GetInt32("Revision") ?? 0,
            StartedAt = header.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
            UpdatedAt = header.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
            ETag = header.ETag.ToString(),
        };
    }

    public static TableEntity Version(PlanVersion v) => MeasureRows.WithETag(new TableEntity(v.UnitCode, VersionKey(v.Version))
    {
        ["Kind"] = Kinds.Version,
        ["Version"] = v.Version,
        ["AuthorNumber"] = v.AuthorNumber,
        ["ParentUnitCode"] = v.ParentUnitCode,
        ["ItemCount"] = v.Items.Count,
        ["Status"] = v.Status.ToString(),
        ["FiledAt"] = v.FiledAt?.ToUniversalTime(),
        ["FiledByNumber"] = v.FiledByNumber,
        ["AcknowledgedAt"] = v.AcknowledgedAt?.ToUniversalTime(),
        ["AcknowledgedByNumber"] = v.AcknowledgedByNumber,
    }.WithPublication(v.Publication, v.Decision), v.ETag);

    /// <summary>Adds a publication's scope and window and, once its window closed, the decision (a plan version's or a status report's row).</summary>
    public static TableEntity WithPublication(this TableEntity row, PlanPublication publication, PlanDecision? decision)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(publication);
        row["Scope"] = publication.Scope.ToString();
        row["PublishedAt"] = publication.PublishedAt.ToUniversalTime();
        row["LastDay"] = MeasureRows.IsoDate(publication.LastDay);
        row["ClosesAt"] = publication.ClosesAt.ToUniversalTime();
        row["Asked"] = decision?.Counts.Asked;
        row["Satisfied"] = decision?.Counts.Satisfied;
        row["BasicallySatisfied"] = decision?.Counts.BasicallySatisfied;
        row["Dissatisfied"] = decision?.Counts.Dissatisfied;
        row["DoNotKnow"] = decision?.Counts.DoNotKnow;
        row["Verdict"] = decision?.Verdict.ToString();
        row["DecidedAt"] = decision?.At.ToUniversalTime();
        row["OfficeNumber"] = decision?.OfficeNumber;
        row["OfficeComment"] = decision?.OfficeComment;
        return row;
    }

    public static PlanPublication ReadPublication(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new PlanPublication(
            MeasureRows.Enum<PlanScope>(row, "Scope") ?? PlanScope.Members,
            row.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.MinValue,
            MeasureRows.Date(row, "LastDay") ?? DateOnly.MinValue,
            row.GetDateTimeOffset("ClosesAt") ?? DateTimeOffset.MinValue);
    }

    public static PlanDecision? ReadDecision(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return MeasureRows.Enum<MajorityVerdict>(row, "Verdict") is { } verdict
            ? new PlanDecision(
                new FeedbackCounts(row.GetInt32("Asked") ?? 0, row.GetInt32("Satisfied") ?? 0, row.GetInt32("BasicallySatisfied") ?? 0, row.GetInt32("Dissatisfied") ?? 0, row.GetInt32("DoNotKnow") ?? 0),
                verdict,
                row.GetDateTimeOffset("DecidedAt") ?? DateTimeOffset.MinValue)
            {
                OfficeNumber = row.GetString("OfficeNumber"),
                OfficeComment = row.GetString("OfficeComment"),
            }
            : null;
    }

    public static TableEntity VersionItem(string unit, int version, int index, PlanItem i)
    {
        var row = new TableEntity(unit, VersionItemKey(version, index)) { ["Kind"] = Kinds.VersionItem, ["Version"] = version };
        WriteItem(row, i.Problem, i.AreaCode, i.OwnArea, i.Handling, i.Deadline, i.Explanation, i.Milestones, i.ResponsibleUnitCode, i.ResponsiblePersonNumber, i.Goals);
        return row;
    }

    public static PlanVersion ReadVersion(TableEntity row, IEnumerable<TableEntity> itemRows)
    {
        return new PlanVersion
        {
            UnitCode = row.PartitionKey,
            Version = row.GetInt32("Version") ?? 0,
            AuthorNumber = row.GetString("AuthorNumber") ?? "",
            ParentUnitCode = row.GetString("ParentUnitCode"),
            Items = [.. itemRows.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(ReadItem)],
            Publication = ReadPublication(row),
            Status = MeasureRows.Enum<PlanStatus>(row, "Status") ?? throw new InvalidOperationException($"Plan row {row.PartitionKey}/{row.RowKey} has no status."),
            Decision = ReadDecision(row),
            FiledAt = row.GetDateTimeOffset("FiledAt"),
            FiledByNumber = row.GetString("FiledByNumber"),
            AcknowledgedAt = row.GetDateTimeOffset("AcknowledgedAt"),
            AcknowledgedByNumber = row.GetString("AcknowledgedByNumber"),
            ETag = row.ETag.ToString(),
        };
    }

    public static TableEntity Coordination(PlanCoordination c) => MeasureRows.WithETag(new TableEntity(c.UnitCode, CoordinationKey(c))
    {
        ["Kind"] = Kinds.Coordination,
        ["Version"] = c.Version,
        ["Item"] = c.Item,
        ["ParentUnitCode"] = c.ParentUnitCode,
        ["Problem"] = c.Problem,
        ["Deadline"] = MeasureRows.IsoDate(c.Deadline),
        ["OwnerNumber"] = c.OwnerNumber,
        ["TakenAt"] = c.TakenAt?.ToUniversalTime(),
    }, c.ETag);

    public static PlanCoordination ReadCoordination(TableEntity row) => new()
    {
        UnitCode = row.PartitionKey,
        Version = row.GetInt32("Version") ?? 0,
        Item = row.GetInt32("Item") ?? 0,
        ParentUnitCode = row.GetString("ParentUnitCode") ?? "",
        Problem = row.GetString("Problem") ?? "",
        Deadline = MeasureRows.Date(row, "Deadline") ?? DateOnly.MinValue,
        OwnerNumber = row.GetString("OwnerNumber"),
        TakenAt = row.GetDateTimeOffset("TakenAt"),
        ETag = row.ETag.ToString(),
    };

    /// <summary>The event numbered <paramref name="sequence"/> in the unit's history (an insert: a second write of the same number fails).</summary>
    public static TableEntity Event(string unit, int sequence, PlanEvent e) => new(unit, HistoryPrefix + sequence.ToString("D6", CultureInfo.InvariantCulture))
    {
        ["Kind"] = Kinds.Event,
        ["Sequence"] = sequence,
        ["At"] = e.At.ToUniversalTime(),
        ["By"] = e.ByNumber,
        ["EventKind"] = e.Kind.ToString(),
        ["Version"] = e.Version,
        ["Item"] = e.Item,
        ["Detail"] = e.Detail,
    };

    public static PlanEvent ReadEvent(TableEntity row) => new(
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        row.GetString("By") ?? "",
        MeasureRows.Enum<PlanEventKind>(row, "EventKind") ?? PlanEventKind.Published,
        row.GetInt32("Version") ?? 0,
        row.GetInt32("Item"),
        row.GetString("Detail"));

    private static PlanItem ReadItem(TableEntity r) => new()
    {
        Problem = r.GetString("Problem") ?? "",
        AreaCode = r.GetString("AreaCode"),
        OwnArea = r.GetString("OwnArea"),
        Handling = MeasureRows.Enum<PlanHandling>(r, "Handling") ?? PlanHandling.FixNow,
        Deadline = MeasureRows.Date(r, "Deadline") ?? DateOnly.MinValue,
        Explanation = r.GetString("Explanation"),
        Milestones = MeasureJson.ReadMilestones(r.GetString("Milestones")),
        ResponsibleUnitCode = r.GetString("ResponsibleUnitCode") ?? "",
        ResponsiblePersonNumber = r.GetString("ResponsiblePersonNumber") ?? "",
        Goals = ReadGoals(r),
    };

    private static List<PlanGoal> ReadGoals(TableEntity r) => MeasureJson.Read<List<PlanGoal>>(r.GetString("Goals"), []);

    private static void WriteItem(
        TableEntity row, string? problem, string? areaCode, string? ownArea, PlanHandling? handling, DateOnly? deadline, string? explanation,
        IReadOnlyList<Core.Measures.Milestone> milestones, string? responsibleUnit, string? responsiblePerson, IReadOnlyList<PlanGoal> goals)
    {
        row["Problem"] = problem;
        row["AreaCode"] = areaCode;
        row["OwnArea"] = ownArea;
        row["Handling"] = handling?.ToString();
        row["Deadline"] = deadline is { } d ? MeasureRows.IsoDate(d) : null;
        row["Explanation"] = explanation;
        row["Milestones"] = MeasureJson.Write(milestones);
        row["ResponsibleUnitCode"] = responsibleUnit;
        row["ResponsiblePersonNumber"] = responsiblePerson;
        row["Goals"] = MeasureJson.Write(goals);
    }
}
