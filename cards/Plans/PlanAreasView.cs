using RectifyBot.Cards.Measures;
using RectifyBot.Core.Plans;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// The office's list of plan areas (retired ones marked), who changed each and when; for the office the form to add,
/// rename or retire one, with the values as typed and the errors by field after a refused edit.
/// </summary>
public sealed record PlanAreasView(IReadOnlyList<PlanArea> Areas, Core.Roster.Roster Roster, bool CanEdit)
{
    public MeasureNotice? Notice { get; init; }

    /// <summary>The chosen area's code, and the names as typed.</summary>
    public string? Chosen { get; init; }

    public string? Chinese { get; init; }

    public string? English { get; init; }

    /// <summary>Localized errors by input id (<see cref="PlanAreasCard.ChineseField"/>, <see cref="PlanAreasCard.EnglishField"/>, <see cref="PlanAreasCard.AreaField"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
