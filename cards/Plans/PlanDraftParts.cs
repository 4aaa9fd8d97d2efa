using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Drafting;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Plans;

/// <summary>What the plan drafting cards draw alike: the inputs of an item's fields (the step card shows one, the form all), names and data.</summary>
internal static class PlanDraftParts
{
    public static string Goal(UserLanguage language, PlanGoal goal) => CardText.Get(language, "PlanGoal_" + goal);

    public static string Handling(UserLanguage language, PlanHandling handling) => CardText.Get(language, "PlanHandling_" + handling);

    public static string AreaName(UserLanguage language, PlanItemDraft item, IReadOnlyList<PlanArea> areas) =>
        item.AreaCode is { } code
            ? areas.FirstOrDefault(a => a.Code == code)?.NameFor(language == UserLanguage.En) ?? PlanAreas.Seeded.FirstOrDefault(a => a.Code == code)?.NameFor(language == UserLanguage.En) ?? code
            : item.OwnArea ?? "";

    /// <summary>"张伟（200022，计算机学院教工第一支部）": namesakes told apart by number and unit.</summary>
    public static string PersonLabel(UserLanguage language, Core.Roster.Person person, Core.Roster.Roster roster) =>
        CardText.Format(language, "PlanDraft_PersonChoice", person.Name, person.Number, roster.Unit(PlanPeople.UnitOf(person))?.Name ?? "");

    public static Dictionary<string, string> Keys(PlanDraft draft, params (string Key, string Value)[] more) =>
        Data([(PlanDraftActions.UnitKey, draft.UnitCode), (PlanDraftActions.RevisionKey, Number(draft.Revision)), .. more]);

    public static string Label(UserLanguage language, PlanField field) => field switch
    {
        PlanField.Problem => CardText.Format(language, "PlanDraft_Field_Problem", PlanLimits.Problem),
        PlanField.Explanation => CardText.Format(language, "PlanDraft_Field_Explanation", PlanLimits.Explanation),
        PlanField.Milestones => CardText.Format(language, "PlanDraft_Field_Milestones", PlanLimits.Milestones, PlanLimits.MilestoneDescription),
        _ => CardText.Get(language, "PlanDraft_Field_" + field),
    };

    /// <summary>The input(s) of one field, its value as typed or stored; the id is <paramref name="id"/> (the step card's "answer", or the field's own on the form).</summary>
    public static IEnumerable<CardElement> Inputs(UserLanguage language, PlanDraftView view, PlanItemDraft item, PlanField field, string id)
    {
        string? Value(string? stored) => view.TypedOr(field, stored);
        switch (field)
        {
            case PlanField.Problem:
                yield return new TextInput(id) { IsMultiline = true, MaxLength = PlanLimits.Problem, Value = Value(item.Problem) };
                break;
            case PlanField.Area:
                var typed = Value(item.AreaCode ?? item.OwnArea);
                var chosen = view.Areas.Any(a => a.Code == typed) ? typed : null;
                yield return new ChoiceSetInput(id, [.. view.Areas.Select(a => new Choice(a.NameFor(language == UserLanguage.En), a.Code))]) { Value = chosen };
                yield return Hint(CardText.Format(language, "PlanDraft_OwnAreaHint", PlanLimits.OwnArea));
                yield return new TextInput(PlanDraftActions.OwnAreaInputId) { MaxLength = PlanLimits.OwnArea * 2, Value = chosen is null ? typed : null };
                break;
            case PlanField.Handling:
                yield return new ChoiceSetInput(id, [.. Enum.GetValues<PlanHandling>().Select(h => new Choice(Handling(language, h), h.ToString()))])
                {
                    Expanded = true,
                    Value = Value(item.Handling?.ToString()),
                };
                break;
            case PlanField.Deadline:
                yield return new DateInput(id) { Value = DateValue(Value(item.Deadline is { } d ? Iso(d) : null), out var unreadable) };
                if (unreadable is not null)
                {
                    yield return Hint(CardText.Format(language, "Measure_TypedWas", unreadable));
                }

                break;
            case PlanField.Explanation:
                yield return new TextInput(id) { IsMultiline = true, MaxLength = PlanLimits.Explanation, Value = Value(item.Explanation) };
                break;
            case PlanField.Milestones:
                yield return new TextInput(id)
                {
                    IsMultiline = true,
                    MaxLength = (PlanLimits.MilestoneDescription + 12) * PlanLimits.Milestones,
                    Value = Value(MilestoneLines(item.Milestones)),
                    Placeholder = CardText.Get(language, "Measure_MilestonesPlaceholder"),
                };
                break;
            case PlanField.ResponsibleUnit:
                var units = view.Roster.SelfAndDescendants(view.Draft.UnitCode).ToList();
                var unit = Value(item.ResponsibleUnitCode);
                if (view.Roster.Unit(unit) is { } other && !units.Contains(other))
                {
                    units.Insert(0, other);
                }

                yield return new ChoiceSetInput(id, [.. units.Select(u => new Choice(u.Name, u.Code))]) { Value = view.Roster.Unit(unit) is null ? view.Draft.UnitCode : unit };
                if (unit is not null && view.Roster.Unit(unit) is null)
                {
                    yield return Hint(CardText.Format(language, "Measure_TypedWas", unit));
                }

                break;
            case PlanField.ResponsiblePerson when view.Candidates.Count > 0:
                yield return new ChoiceSetInput(id, [.. view.Candidates.Select(p => new Choice(PersonLabel(language, p, view.Roster), p.Number))]) { Expanded = true };
                break;
            case PlanField.ResponsiblePerson:
                var number = item.ResponsiblePersonNumber;
                yield return new TextInput(id) { MaxLength = 50, Value = Value(number), Placeholder = CardText.Get(language, "PlanDraft_PersonPlaceholder") };
                if (!view.Typed.ContainsKey(field) && view.Roster.Person(number) is { } person)
                {
                    yield return Hint(PersonLabel(language, person, view.Roster));
                }

                break;
            case PlanField.Goals:
                yield return new ChoiceSetInput(id, [.. Enum.GetValues<PlanGoal>().Select(g => new Choice(Goal(language, g), g.ToString()))])
                {
                    Expanded = true,
                    IsMultiSelect = true,
                    Value = Value(item.Goals.Count == 0 ? null : string.Join(",", item.Goals)),
                };
                break;
        }
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
