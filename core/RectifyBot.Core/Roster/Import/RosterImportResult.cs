namespace RectifyBot.Core.Roster.Import;

/// <summary>Either the parsed roster or every problem found in the file, never both.</summary>
public sealed record RosterImportResult
{
    private RosterImportResult(ParsedRoster? roster, IReadOnlyList<RosterImportError> errors)
    {
        Roster = roster;
        Errors = errors;
    }

    public ParsedRoster? Roster { get; }

    public IReadOnlyList<RosterImportError> Errors { get; }

    public bool IsValid => Roster is not null;

    public static RosterImportResult Valid(ParsedRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return new(roster, []);
    }

    public static RosterImportResult Invalid(IReadOnlyList<RosterImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        return new(null, errors);
    }
}
