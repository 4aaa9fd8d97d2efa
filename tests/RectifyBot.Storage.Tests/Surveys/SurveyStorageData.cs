using RectifyBot.Core.Surveys;

namespace RectifyBot.Storage.Tests.Surveys;

internal static class SurveyStorageData
{
    public static Survey Survey(string id = "JSJ-20261201-abcdef") => new()
    {
        Id = id,
        UnitCode = "JSJ",
        UnitName = "计算机学院党委",
        Window = SurveyWindow.FromChinaDates(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7)),
        ExtraQuestions = [new SurveyQuestion("q1", "对班子作风是否满意")],
        Quotas = [new CategoryQuota(ParticipantCategory.PartyMember, 10), new CategoryQuota(ParticipantCategory.ServiceRecipient, 5)],
        Seed = -1234567890123L,
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 10, [ParticipantCategory.ServiceRecipient] = 5 },
        CreatedByNumber = "L001",
        CreatedAt = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero),
    };

    public static SurveyAnswer Answer(SatisfactionChoice? choice, string? opinion = null) =>
        new() { Category = ParticipantCategory.PartyMember, Choice = choice, Opinion = opinion, Source = ReplySource.Teams };
}
