using RectifyBot.Cards.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// What the plan drafting cards need: the draft, the roster (names of units and people), the areas on offer and
/// today (CST); after a refused answer or form, the values as typed and the localized errors by field.
/// </summary>
public sealed record PlanDraftView(PlanDraft Draft, Core.Roster.Roster Roster, IReadOnlyList<PlanArea> Areas)
{
    public MeasureNotice? Notice { get; init; }

    public IReadOnlyDictionary<PlanField, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<PlanField, IReadOnlyList<string>>();

    /// <summary>Values as typed; a field not in it shows the draft's stored value.</summary>
    public IReadOnlyDictionary<PlanField, string?> Typed { get; init; } = new Dictionary<PlanField, string?>();

    /// <summary>The item the form is about.</summary>
    public int ItemIndex { get; init; }

    /// <summary>Namesakes of the typed responsible person: the card lists them with number and unit to choose from.</summary>
    public IReadOnlyList<Person> Candidates { get; init; } = [];

    /// <summary>Per item, the localized problems the server found (the preview marks those items).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> ItemErrors { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    public string UnitName => Roster.Unit(Draft.UnitCode)?.Name ?? Draft.UnitCode;

    public string? TypedOr(PlanField field, string? stored) => Typed.TryGetValue(field, out var typed) ? typed : stored;

    public IReadOnlyList<string> ErrorsOf(PlanField field) => Errors.TryGetValue(field, out var errors) ? errors : [];
}
