namespace RectifyBot.Core.Roster;

/// <summary>Another version became current while this one was being written; nothing was switched. Re-run the import.</summary>
public sealed class RosterVersionConflictException : Exception
{
    public RosterVersionConflictException()
        : base("Another roster version became current while this one was being saved; the roster was not switched.")
    {
    }

    public RosterVersionConflictException(string message)
        : base(message)
    {
    }

    public RosterVersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
