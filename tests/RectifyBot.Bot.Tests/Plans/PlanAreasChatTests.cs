using RectifyBot.Bot.Tests.Support;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Storage.Plans;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Plans;

/// <summary>
/// "整改领域" / "plan areas" through the built bot: the office adds an area, renames it and retires a seeded one from
/// the card, each stored with who and when, the seed's other areas kept; a retired area is no longer offered when
/// drafting; a refused edit keeps what was typed; a unit leader only reads the list and cannot edit it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanAreasChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoUniversityBot _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoUniversityBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_office_adds_renames_and_retires_areas_with_who_and_when_kept_and_a_retired_area_is_not_offered()
    {
        var wangFang = _demo.Persona("wangfang", "王芳");
        var card = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.Message("整改领域")));
        Assert.Contains("医德医风", DemoUniversityBot.Readable(card), StringComparison.Ordinal);

        var refused = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(
            card, PlanAreasCard.AddVerb, (PlanAreasCard.ChineseField, "实验室安全"), (PlanAreasCard.EnglishField, "")))));
        Assert.Contains(CardText.Get(UserLanguage.ZhCn, "PlanAreas_Problem_Required"), DemoUniversityBot.Readable(refused), StringComparison.Ordinal);
        Assert.Contains("实验室安全", DemoUniversityBot.Readable(refused), StringComparison.Ordinal);

        var added = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(
            refused, PlanAreasCard.AddVerb, (PlanAreasCard.EnglishField, "Lab safety")))));
        Assert.Contains(CardText.Format(UserLanguage.ZhCn, "PlanAreas_Done_plan-area-add", "实验室安全"), DemoUniversityBot.Readable(added), StringComparison.Ordinal);
        var code = (await new TablePlanAreaRepository(_demo.Tables).ListAsync()).Single(a => a.Chinese == "实验室安全").Code;

        var renamed = DemoUniversityBot.CardOf(await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(
            added, PlanAreasCard.RenameVerb, (PlanAreasCard.AreaField, code), (PlanAreasCard.ChineseField, ""), (PlanAreasCard.EnglishField, "Laboratory safety")))));
        await _demo.SendAsync(wangFang.CardSubmit(CardForm.Submission(
            renamed, PlanAreasCard.RetireVerb, (PlanAreasCard.AreaField, "medical"), (PlanAreasCard.ChineseField, ""), (PlanAreasCard.EnglishField, ""))));

        var stored = await new TablePlanAreaRepository(_demo.Tables).ListAsync();
        Assert.Equal(PlanAreas.Seeded.Count + 1, stored.Count);
        var lab = stored.Single(a => a.Code == code);
        Assert.Equal(("实验室安全", "Laboratory safety", false, "100020"), (lab.Chinese, lab.English, lab.Retired, lab.ChangedByNumber));
        var medical = stored.Single(a => a.Code == "medical");
        Assert.Equal((true, "100020"), (medical.Retired, medical.ChangedByNumber));
        Assert.NotNull(medical.ChangedAt);

        var huangLei = _demo.Persona("huanglei", "黄磊");
        var areaStep = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.TypeAsync(huangLei, "新建整改方案", "实验室管理制度不健全")));
        Assert.Contains("实验室安全", areaStep, StringComparison.Ordinal);
        Assert.DoesNotContain("医德医风", areaStep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_leader_reads_the_list_without_the_form_and_cannot_edit_it()
    {
        var huangLei = _demo.Persona("huanglei", "黄磊", "en-US");

        var card = DemoUniversityBot.Readable(DemoUniversityBot.CardOf(await _demo.SendAsync(huangLei.Message("plan areas"))));
        var replies = await _demo.SendAsync(huangLei.CardSubmit(new System.Text.Json.Nodes.JsonObject
        {
            ["verb"] = PlanAreasCard.RetireVerb,
            [PlanAreasCard.AreaField] = "research",
        }));

        Assert.Contains(CardText.Get(UserLanguage.En, "PlanAreas_OfficeOnly"), card, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanAreasCard.AddVerb, card, StringComparison.Ordinal);
        Assert.Equal(CardText.Get(UserLanguage.En, "PlanAreas_NotAllowed"), (string?)replies.Single()!["text"]);
        Assert.Empty(await new TablePlanAreaRepository(_demo.Tables).ListAsync());
    }
}
