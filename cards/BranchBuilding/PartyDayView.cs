using RectifyBot.Cards.Measures;
using RectifyBot.Core.BranchBuilding;

namespace RectifyBot.Cards.BranchBuilding;

/// <summary>The viewer's branches and their best Party-day activities, with the form's values as typed and errors by input id after a refused save.</summary>
public sealed record PartyDayView(PartyDayPage Page)
{
    public MeasureNotice? Notice { get; init; }

    /// <summary>Values as typed, by input id.</summary>
    public IReadOnlyDictionary<string, string?> Typed { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
