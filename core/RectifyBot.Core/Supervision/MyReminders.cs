namespace RectifyBot.Core.Supervision;

/// <summary>
/// "督办提醒" / "my reminders", and the digest's "see all": everything the person was reminded of in the log's
/// look-back that is still open, each with its latest reminder. Read from the reminder log and checked against the
/// records through each kind's source, so what is done since no longer shows.
/// </summary>
public sealed class MyReminders(IEnumerable<IObligationSource> sources, IReminderLog log, SupervisionSweep sweep, SupervisionOptions options)
{
    private readonly Dictionary<string, IObligationSource> _sources = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public async Task<(DateOnly Today, IReadOnlyList<ReminderItem> Items, Roster.Roster Roster)> ForAsync(string personNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personNumber);
        var context = await sweep.ContextAsync(cancellationToken).ConfigureAwait(false);
        var read = await log.ReadAsync(personNumber, context.Today.AddDays(-options.LogLookbackDays), context.Today, cancellationToken).ConfigureAwait(false);
        var items = new List<ReminderItem>();
        foreach (var reminded in read.Keys.Select(LoggedReminder.Parse).OfType<LoggedReminder>()
            .GroupBy(r => (r.Kind, r.SubjectId))
            .Select(g => g.MaxBy(r => r.Day)!))
        {
            if (_sources.TryGetValue(reminded.Kind, out var source)
                && await source.FindAsync(reminded.SubjectId, context, cancellationToken).ConfigureAwait(false) is { } obligation)
            {
                items.Add(new ReminderItem(obligation, new Occasion(reminded.Day, reminded.Occasion), personNumber));
            }
        }

        return (context.Today, items.OrderBy(i => i.Obligation.DueDate).ThenBy(i => i.Obligation.SubjectId, StringComparer.Ordinal).ToList(), context.Roster);
    }

    /// <summary>A reminder log key (<see cref="ReminderItem.Key"/>) read back: kind|subject|occasion|day; subjects may hold '|'.</summary>
    private sealed record LoggedReminder(string Kind, string SubjectId, ReminderKind Occasion, DateOnly Day)
    {
        public static LoggedReminder? Parse(string key)
        {
            var first = key.IndexOf('|', StringComparison.Ordinal);
            var last = key.LastIndexOf('|');
            var second = last > first ? key.LastIndexOf('|', last - 1) : -1;
            if (first < 0 || second <= first
                || !Enum.TryParse<ReminderKind>(key[(second + 1)..last], out var occasion)
                || !DateOnly.TryParseExact(key[(last + 1)..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                return null;
            }

            return new LoggedReminder(key[..first], key[(first + 1)..second], occasion, day);
        }
    }
}
