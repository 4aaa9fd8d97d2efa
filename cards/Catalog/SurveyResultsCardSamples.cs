using RectifyBot.Cards.Model;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;

namespace RectifyBot.Cards.Catalog;

/// <summary>Survey results samples: a realistic college survey, and one with 500 opinions at 2,000 characters and every category and question at its limit.</summary>
internal static class SurveyResultsCardSamples
{
    public static Survey Survey(int questions = 1, int questionLength = 20) => new()
    {
        Id = "HP-JSJ-20261215-a1b2c3",
        UnitCode = "HP-JSJ",
        UnitName = "计算机学院党委",
        Window = SurveyWindow.FromChinaDates(new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 22)),
        ExtraQuestions = [.. Enumerable.Range(1, questions).Select(i => new SurveyQuestion("q" + i, SampleText.Chinese(questionLength)))],
        Seed = 42,
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 120, [ParticipantCategory.GrassrootsMasses] = 200, [ParticipantCategory.ServiceRecipient] = 80 },
        CreatedByNumber = "200001",
        CreatedAt = new DateTimeOffset(2026, 12, 14, 2, 0, 0, TimeSpan.Zero),
    };

    public static SurveyTally Tally(int opinions, int opinionLength, bool allCategories = false)
    {
        var categories = allCategories ? Enum.GetValues<ParticipantCategory>() : [ParticipantCategory.PartyMember, ParticipantCategory.GrassrootsMasses, ParticipantCategory.ServiceRecipient];
        var survey = Survey();
        var answers = categories.SelectMany((c, i) => Answers(c, 30 + (7 * i))).ToList();
        answers.AddRange(Enumerable.Range(0, opinions).Select(i => new SurveyAnswer
        {
            Category = ParticipantCategory.Other,
            Opinion = i == 0 ? "实验室**开放**时间太短，<b>希望</b>延长到晚上十点 [链接](http://example.com)" : SampleText.Chinese(opinionLength),
            Source = ReplySource.Web,
        }));
        return SurveyTally.Of(survey, answers);
    }

    public static AdaptiveCard Results(UserLanguage language) =>
        SurveyResultsCard.Build(language, Survey(), Tally(12, 60), canPublish: true, canExport: true);

    public static AdaptiveCard ResultsMaximum(UserLanguage language) =>
        SurveyResultsCard.Build(language, Survey(SurveyLimits.MaxExtraQuestions, SurveyLimits.QuestionMaxLength), Tally(500, SurveyLimits.OpinionMaxLength, allCategories: true),
            canPublish: true, canExport: true, SurveyNoticeKind.RedoFlagged, "https://rectify-func-abc123.azurewebsites.net/api/survey-results/HP-JSJ-20261215-a1b2c3");

    public static AdaptiveCard List(UserLanguage language) =>
        SurveyListCard.Build(language, [Survey(), Survey() with { Id = "HP-WX-20261215-d4e5f6", UnitCode = "HP-WX", UnitName = "文学院党委" }], 2);

    public static AdaptiveCard ListMaximum(UserLanguage language) =>
        SurveyListCard.Build(language, [.. Enumerable.Range(0, 20).Select(i => Survey() with { Id = $"HP-JSJ-20261215-{i:x6}", UnitName = SampleText.Chinese(100) })], 400);

    public static AdaptiveCard Digest(UserLanguage language) =>
        SuggestionDigestCard.Build(language, "计算机学院党委", ["实验室**开放**时间太短 <b>请延长</b>", "食堂排队太久", "希望多开讲座", "图书馆座位不够", "宿舍网络慢"]);

    public static AdaptiveCard DigestMaximum(UserLanguage language) =>
        SuggestionDigestCard.Build(language, SampleText.Chinese(100), [.. Enumerable.Range(0, 400).Select(_ => SampleText.Chinese(SurveyLimits.OpinionMaxLength))]);

    public static AdaptiveCard Box(UserLanguage language) =>
        SuggestionBoxCard.Build(language, Units(12, 10), "HP-JSJ");

    public static AdaptiveCard BoxMaximum(UserLanguage language) =>
        SuggestionBoxCard.Build(language, Units(100, 40), "U0001", SampleText.Chinese(SurveyLimits.OpinionMaxLength + 5), SurveyReplyProblem.OpinionTooLong);

    public static AdaptiveCard Paper(UserLanguage language) => PaperEntryCard.Build(language, Survey(), "e1");

    public static AdaptiveCard PaperMaximum(UserLanguage language)
    {
        var survey = Survey() with
        {
            UnitName = SampleText.Chinese(100),
            AskedCounts = Enum.GetValues<ParticipantCategory>().ToDictionary(c => c, _ => 100),
        };
        var typed = PaperEntryCard.Categories(survey).SelectMany(c => PaperEntryCard.Columns.Select(col => PaperEntryCard.FieldId(c, col))).ToDictionary(id => id, _ => "999999");
        typed[PaperEntryCard.OpinionsId] = SampleText.Chinese(SurveyLimits.OpinionMaxLength * 2);
        return PaperEntryCard.Build(language, survey, "e1", typed, typed.Keys.ToHashSet(), SampleText.Chinese(200));
    }

    private static List<Core.Roster.OrganisationUnit> Units(int count, int nameLength) =>
        [.. Enumerable.Range(0, count).Select(i => new Core.Roster.OrganisationUnit($"U{i:D4}", SampleText.Chinese(nameLength), Core.Roster.UnitKind.Branch, null))];

    private static IEnumerable<SurveyAnswer> Answers(ParticipantCategory category, int count) =>
        Enumerable.Range(0, count).Select(i => new SurveyAnswer
        {
            Category = category,
            Choice = (SatisfactionChoice)(i % 4),
            Extras = new Dictionary<string, SatisfactionChoice> { ["q1"] = (SatisfactionChoice)((i + 1) % 4) },
            Source = ReplySource.Teams,
        });
}
