using System.Text.Json;
using Azure.Data.Tables;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Storage.Surveys;

/// <summary>Surveys and answers to and from table entities (enums by name, lists as compact JSON).</summary>
internal static class SurveyEntities
{
    public const string SurveysPartition = "surveys";

    public static TableEntity ToEntity(Survey survey) => new(SurveysPartition, survey.Id)
    {
        ["UnitCode"] = survey.UnitCode,
        ["UnitName"] = survey.UnitName,
        ["OpensAt"] = survey.Window.OpensAt.ToUniversalTime(),
        ["ClosesAt"] = survey.Window.ClosesAt.ToUniversalTime(),
        ["Seed"] = survey.Seed,
        ["Quotas"] = JsonSerializer.Serialize(survey.Quotas.Select(q => new[] { q.Category.ToString(), q.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
        ["Asked"] = JsonSerializer.Serialize(survey.AskedCounts.ToDictionary(a => a.Key.ToString(), a => a.Value)),
        ["Questions"] = JsonSerializer.Serialize(survey.ExtraQuestions.Select(q => new[] { q.Id, q.Text })),
        ["CreatedByNumber"] = survey.CreatedByNumber,
        ["CreatedAt"] = survey.CreatedAt.ToUniversalTime(),
        ["PublishedAt"] = survey.PublishedAt?.ToUniversalTime(),
        ["ClosedAt"] = survey.ClosedAt?.ToUniversalTime(),
        ["Verdict"] = survey.Verdict?.ToString(),
        ["SubjectKind"] = survey.Subject?.Kind.ToString(),
        ["SubjectUnit"] = survey.Subject?.UnitCode,
        ["SubjectNumber"] = survey.Subject?.Number,
    };

    public static Survey ToSurvey(TableEntity row) => new()
    {
        Id = row.RowKey,
        UnitCode = row.GetString("UnitCode") ?? "",
        UnitName = row.GetString("UnitName") ?? "",
        Window = new SurveyWindow(row.GetDateTimeOffset("OpensAt") ?? DateTimeOffset.MinValue, row.GetDateTimeOffset("ClosesAt") ?? DateTimeOffset.MinValue),
        Seed = row.GetInt64("Seed") ?? 0,
        Quotas = (JsonSerializer.Deserialize<string[][]>(row.GetString("Quotas") ?? "[]") ?? [])
            .Select(q => new CategoryQuota(Enum.Parse<ParticipantCategory>(q[0]), int.Parse(q[1], System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        AskedCounts = (JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString("Asked") ?? "{}") ?? [])
            .ToDictionary(a => Enum.Parse<ParticipantCategory>(a.Key), a => a.Value),
        ExtraQuestions = (JsonSerializer.Deserialize<string[][]>(row.GetString("Questions") ?? "[]") ?? []).Select(q => new SurveyQuestion(q[0], q[1])).ToList(),
        CreatedByNumber = row.GetString("CreatedByNumber") ?? "",
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        PublishedAt = row.GetDateTimeOffset("PublishedAt"),
        ClosedAt = row.GetDateTimeOffset("ClosedAt"),
        Verdict = row.GetString("Verdict") is { } verdict ? Enum.Parse<MajorityVerdict>(verdict) : null,
        Subject = row.GetString("SubjectKind") is { } kind
            ? new Core.Plans.Feedback.FeedbackSubject(Enum.Parse<Core.Plans.Feedback.FeedbackSubjectKind>(kind), row.GetString("SubjectUnit") ?? "", row.GetInt32("SubjectNumber") ?? 0)
            : null,
    };

    /// <summary>An answer row: only what the answer says (docs/anonymity.md).</summary>
    public static TableEntity ToEntity(string partitionKey, string rowKey, SurveyAnswer answer) => new(partitionKey, rowKey)
    {
        ["Category"] = answer.Category.ToString(),
        ["Choice"] = answer.Choice?.ToString(),
        ["Extras"] = answer.Extras.Count == 0 ? null : JsonSerializer.Serialize(answer.Extras.ToDictionary(e => e.Key, e => e.Value.ToString())),
        ["Opinion"] = answer.Opinion,
        ["Source"] = answer.Source.ToString(),
    };

    public static SurveyAnswer ToAnswer(TableEntity row) => new()
    {
        Category = Enum.Parse<ParticipantCategory>(row.GetString("Category") ?? nameof(ParticipantCategory.Other)),
        Choice = row.GetString("Choice") is { } choice ? Enum.Parse<SatisfactionChoice>(choice) : null,
        Extras = row.GetString("Extras") is { } extras
            ? (JsonSerializer.Deserialize<Dictionary<string, string>>(extras) ?? []).ToDictionary(e => e.Key, e => Enum.Parse<SatisfactionChoice>(e.Value), StringComparer.Ordinal)
            : new Dictionary<string, SatisfactionChoice>(),
        Opinion = row.GetString("Opinion"),
        Source = Enum.Parse<ReplySource>(row.GetString("Source") ?? nameof(ReplySource.Web)),
    };
}
