using RectifyBot.Cards.Model;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Samples for the survey cards in Teams. Maximum: a 100-character unit name, 5 extra questions of 200 characters, an
/// opinion of 2,000 kept after an error, the office's new-survey form for 500 units (the code typed), 500 surveys in
/// "my surveys" (20 listed), progress counts of 20,000 per category.
/// </summary>
internal static class SurveyCardSamples
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    public static AdaptiveCard Invitation(UserLanguage language) => SurveyInvitationCard.Build(language, Realistic(), reminder: false);

    public static AdaptiveCard InvitationMaximum(UserLanguage language) =>
        SurveyInvitationCard.Build(language, Longest(), reminder: true,
            new SurveyReplyForm(SatisfactionChoice.Satisfied, Longest().ExtraQuestions.ToDictionary(q => q.Id, _ => SatisfactionChoice.DontKnow), SampleText.Chinese(SurveyLimits.OpinionMaxLength + 1)),
            "Survey_Problem_OpinionTooLong");

    public static AdaptiveCard Answered(UserLanguage language) => SurveyReplyNoticeCard.Build(language, Realistic(), "Survey_Thanks", good: true);

    public static AdaptiveCard AnsweredMaximum(UserLanguage language) => SurveyReplyNoticeCard.Build(language, Longest(), "Survey_Problem_AlreadyAnswered", good: false);

    public static AdaptiveCard NewSurvey(UserLanguage language) =>
        NewSurveyCard.Build(language, [(DemoRoster.ComputingStaffBranch3, "计算机学院教工第三党支部")], new NewSurveyForm { FirstDay = "2026-12-01", LastDay = "2026-12-07" });

    public static AdaptiveCard NewSurveyMaximum(UserLanguage language)
    {
        var units = Enumerable.Range(0, 500).Select(i => ($"U{i:D3}", SampleText.Chinese(100))).ToList();
        var form = new NewSurveyForm
        {
            Unit = SampleText.Chinese(64),
            FirstDay = SampleText.Chinese(20),
            LastDay = SampleText.Chinese(20),
            Quotas = NewSurveyForm.QuotaCategories.ToDictionary(c => c, _ => "999999"),
            Questions = string.Join('\n', Enumerable.Range(0, SurveyLimits.MaxExtraQuestions).Select(_ => SampleText.Chinese(SurveyLimits.QuestionMaxLength))),
            Errors = [.. new[] { NewSurveyForm.UnitId, NewSurveyForm.FirstDayId, NewSurveyForm.LastDayId, NewSurveyForm.QuestionsId, "quotas" }
                .Concat(NewSurveyForm.QuotaCategories.Select(NewSurveyForm.QuotaId)).Select(f => (f, SampleText.Chinese(60)))],
            Notice = SampleText.Chinese(30),
        };
        return NewSurveyCard.Build(language, units, form);
    }

    public static AdaptiveCard Progress(UserLanguage language) =>
        SurveyProgressCard.Build(language, new SurveyProgress(Realistic(), 1_250, 1_000, 200, 50, new SurveyMailingCounts(1_000, 640, 3, 0, 0), 410, 35, null), Now, "29:1abc",
            [("测评已创建", true)]);

    public static AdaptiveCard ProgressMaximum(UserLanguage language) =>
        SurveyProgressCard.Build(language, new SurveyProgress(Longest(), 100_000, 80_000, 10_000, 20_000, new SurveyMailingCounts(80_000, 79_000, 1_000, 40_000, 39_000), 40_000, 20_000, ("200020", Now)), Now, "29:1" + new string('a', 32),
            [(SampleText.Chinese(200), true), (SampleText.Chinese(60), false), (SampleText.Chinese(60), false), (SampleText.Chinese(60), false)]);

    public static AdaptiveCard Mine(UserLanguage language) => MySurveysCard.Build(language, [Realistic(), Realistic() with { Id = "HP-JSJ-20261101-0a0b0c", UnitName = "计算机学院党委", PublishedAt = Now }], Now);

    public static AdaptiveCard MineMaximum(UserLanguage language) =>
        MySurveysCard.Build(language, [.. Enumerable.Range(0, 500).Select(i => Longest() with { Id = $"U{i:D3}-20261201-{i:x6}" })], Now);

    private static Survey Realistic() => new()
    {
        Id = "HP-JSJ-T3-20261201-1a2b3c",
        UnitCode = DemoRoster.ComputingStaffBranch3,
        UnitName = "计算机学院教工第三党支部",
        Window = SurveyWindow.FromChinaDates(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7)),
        ExtraQuestions = [new SurveyQuestion("q1", "您对支部组织生活的改进是否满意？")],
        Seed = 42,
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 6, [ParticipantCategory.ServiceRecipient] = 20 },
        CreatedByNumber = "200020",
        CreatedAt = Now.AddDays(-1),
    };

    private static Survey Longest() => Realistic() with
    {
        Id = "U000-20261201-ffffff",
        UnitCode = "U000",
        UnitName = SampleText.Chinese(100),
        ExtraQuestions = [.. Enumerable.Range(1, SurveyLimits.MaxExtraQuestions).Select(i => new SurveyQuestion("q" + i, SampleText.Chinese(SurveyLimits.QuestionMaxLength)))],
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 20_000, [ParticipantCategory.GrassrootsMasses] = 20_000, [ParticipantCategory.DemocraticPartyMember] = 20_000, [ParticipantCategory.RetiredStaff] = 20_000, [ParticipantCategory.ServiceRecipient] = 20_000 },
    };
}
