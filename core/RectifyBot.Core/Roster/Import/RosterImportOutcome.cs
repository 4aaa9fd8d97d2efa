namespace RectifyBot.Core.Roster.Import;

/// <summary>What became of one roster import: exactly one of the four cases.</summary>
public abstract record RosterImportOutcome
{
    private RosterImportOutcome()
    {
    }

    /// <summary>The new version is in force. <paramref name="Version"/> keeps who imported and when.</summary>
    public sealed record Imported(RosterChangeReport Report, RosterVersionInfo Version) : RosterImportOutcome;

    /// <summary>The file (or the roster it would produce) has problems, all listed; nothing changed.</summary>
    public sealed record Invalid(IReadOnlyList<RosterImportError> Errors) : RosterImportOutcome;

    /// <summary>The operator may not import the roster (only active campaign office staff may); nothing changed.</summary>
    public sealed record NotAllowed : RosterImportOutcome;

    /// <summary>Someone else's import became current meanwhile; nothing changed. Importing again is safe.</summary>
    public sealed record Conflict : RosterImportOutcome;
}
