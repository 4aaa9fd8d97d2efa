using RectifyBot.Cards.Measures;
using RectifyBot.Core.Mechanisms;

namespace RectifyBot.Cards.Mechanisms;

/// <summary>
/// A unit's five mechanisms for one viewer, with the form of each when they may record them: after a refused save
/// the values as typed and the errors by input id; after a save the other mechanisms' typed values are kept too.
/// </summary>
public sealed record MechanismsView(MechanismPage Page, Core.Roster.Roster Roster)
{
    public MeasureNotice? Notice { get; init; }

    /// <summary>Values as typed, by input id (<see cref="MechanismsCard.StatusField"/> etc.); they win over what is stored.</summary>
    public IReadOnlyDictionary<string, string?> Typed { get; init; } = new Dictionary<string, string?>();

    /// <summary>Localized errors by input id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>History lines shown (newest first).</summary>
    public int HistoryShown { get; init; } = 10;
}
