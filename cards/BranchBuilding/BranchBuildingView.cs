using RectifyBot.Cards.Measures;
using RectifyBot.Core.BranchBuilding;

namespace RectifyBot.Cards.BranchBuilding;

/// <summary>The open branch-building items a viewer sees, and for the office the 整顿完成 form with its values as typed and errors by input id.</summary>
public sealed record BranchBuildingView(BranchBuildingPage Page)
{
    public MeasureNotice? Notice { get; init; }

    public string? Branch { get; init; }

    public string? Note { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
