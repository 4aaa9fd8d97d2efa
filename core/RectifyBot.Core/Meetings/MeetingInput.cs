namespace RectifyBot.Core.Meetings;

/// <summary>
/// A meeting form as typed: the kind (enum name), the date (the card's yyyy-MM-dd or typed "12月5日"), the attendees
/// (names or roster numbers separated by 、 , ; or spaces), the visiting school leader (visits) and the summary. Kept
/// as typed so a refused form comes back unchanged.
/// </summary>
public sealed record MeetingInput(string? Kind, string? Date, string? Attendees, string? Visitor, string? Summary)
{
    public static MeetingInput Empty { get; } = new(null, null, null, null, null);

    public string? this[MeetingField field] => field switch
    {
        MeetingField.Kind => Kind,
        MeetingField.Date => Date,
        MeetingField.Attendees => Attendees,
        MeetingField.Visitor => Visitor,
        MeetingField.Summary => Summary,
        _ => null,
    };
}
