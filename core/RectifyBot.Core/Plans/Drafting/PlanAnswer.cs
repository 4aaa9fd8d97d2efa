using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans.Drafting;

/// <summary>One answer read: the item with it applied and a confirmation, or the error (and namesakes to choose from).</summary>
public sealed record PlanAnswer(PlanItemDraft? Item, DraftMessage? Error, DraftMessage? Confirmation)
{
    public IReadOnlyList<Person> Candidates { get; init; } = [];
}
