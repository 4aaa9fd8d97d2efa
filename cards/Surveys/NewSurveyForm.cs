using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// The new-survey form as typed (shown back unchanged), the errors next to each field (already in the user's
/// language, by input id) and a notice above the form.
/// </summary>
public sealed record NewSurveyForm
{
    public const string UnitId = "unit";
    public const string FirstDayId = "firstDay";
    public const string LastDayId = "lastDay";
    public const string QuestionsId = "questions";

    /// <summary>The categories with a quota field, in the order the form shows them.</summary>
    public static IReadOnlyList<ParticipantCategory> QuotaCategories { get; } =
    [
        ParticipantCategory.PartyMember,
        ParticipantCategory.GrassrootsMasses,
        ParticipantCategory.DemocraticPartyMember,
        ParticipantCategory.RetiredStaff,
        ParticipantCategory.ServiceRecipient,
    ];

    public static string QuotaId(ParticipantCategory category) => "quota_" + category;

    public string? Unit { get; init; }

    public string? FirstDay { get; init; }

    public string? LastDay { get; init; }

    public IReadOnlyDictionary<ParticipantCategory, string> Quotas { get; init; } = new Dictionary<ParticipantCategory, string>();

    /// <summary>Extra questions, one a line.</summary>
    public string? Questions { get; init; }

    public IReadOnlyList<(string Field, string Message)> Errors { get; init; } = [];

    public string? Notice { get; init; }
}
