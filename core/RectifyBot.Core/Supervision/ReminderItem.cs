using System.Globalization;

namespace RectifyBot.Core.Supervision;

/// <summary>One line of a digest: an obligation, the reminder that falls due and who receives it.</summary>
public sealed record ReminderItem(Obligation Obligation, Occasion Occasion, string RecipientNumber)
{
    /// <summary>What the reminder log keeps: the same obligation, reminder and day are never sent to one person twice.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"{Obligation.Kind}|{Obligation.SubjectId}|{Occasion.Kind}|{Occasion.Day:yyyy-MM-dd}");
}
