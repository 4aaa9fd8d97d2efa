using RectifyBot.Core.Supervision;

namespace RectifyBot.Cards.Supervision;

/// <summary>One line of a digest: the kind of obligation, why it is listed today, its title, due date, and whose it is when not the reader's.</summary>
public sealed record DigestLine(string ObligationKind, ReminderKind Reminder, string Title, DateOnly DueDate, string? OwnerName);
