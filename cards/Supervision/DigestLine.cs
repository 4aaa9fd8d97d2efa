using RectifyBot.Core.Supervision;

namespace RectifyBot.Cards.Supervision;

/// <summary>One line of a digest: the kind of obligation, why it is listed today, its title, due date, and whose it is when not the reader's.</summary>
public sealed record DigestLine(string ObligationKind, ReminderKind Reminder, string Title, DateOnly DueDate, string? OwnerName)
{
    /// <summary>The ledger entry (a measure's or a plan item's) the reader owns: the line opens its progress card.</summary>
    public string? EntryId { get; init; }

    /// <summary>The line is the parent unit's to act on (a filing to acknowledge, an item to take on): it opens "我的单位方案".</summary>
    public bool OpensUnitPlans { get; init; }
}
