namespace RectifyBot.Core.Meetings;

/// <summary>
/// A meeting a unit held, or a school leader's guidance visit to it: kind, date (China Standard Time), who attended
/// (roster numbers), the visiting leader (visits only) and the summary; who recorded it and when are kept.
/// </summary>
public sealed record Meeting
{
    /// <summary>The form's id: the same form sent twice records one meeting.</summary>
    public required string Id { get; init; }

    public required string UnitCode { get; init; }

    public required MeetingKind Kind { get; init; }

    public required DateOnly Date { get; init; }

    public IReadOnlyList<string> AttendeeNumbers { get; init; } = [];

    /// <summary>The school leader who visited (<see cref="MeetingKind.GuidanceVisit"/> only).</summary>
    public string? VisitorNumber { get; init; }

    public required string Summary { get; init; }

    public required string RecordedByNumber { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public bool IsVisit => Kind == MeetingKind.GuidanceVisit;
}
