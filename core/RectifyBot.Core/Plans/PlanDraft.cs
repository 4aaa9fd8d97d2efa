namespace RectifyBot.Core.Plans;

/// <summary>
/// A unit's plan while it is drafted, shared by the unit's leaders and the office (one per unit): a header and a row
/// per item, saved after every answer. <see cref="Revises"/> names the version that needs revision, if any.
/// </summary>
public sealed record PlanDraft
{
    public required string UnitCode { get; init; }

    /// <summary>Who started it (the last editor is in <see cref="EditedByNumber"/>).</summary>
    public required string AuthorNumber { get; init; }

    public string? EditedByNumber { get; init; }

    public IReadOnlyList<PlanItemDraft> Items { get; init; } = [];

    /// <summary>The item being answered in conversation.</summary>
    public int CurrentItem { get; init; }

    /// <summary>The field the conversation asks next (null: the preview).</summary>
    public PlanField? Step { get; init; }

    public int? Revises { get; init; }

    /// <summary>The scope chosen for publication (asked after the draft is submitted, before the window's last day).</summary>
    public PlanScope? Scope { get; init; }

    public int Revision { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? ETag { get; init; }

    public PlanItemDraft Current => Items[CurrentItem];

    public PlanDraft WithCurrent(PlanItemDraft item) =>
        this with { Items = [.. Items.Select((d, i) => i == CurrentItem ? item : d)] };
}
