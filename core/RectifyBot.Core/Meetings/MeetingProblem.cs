using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Meetings;

/// <summary>One thing wrong with a meeting form: its field, what, the text it is about (a typed name) and, for namesakes, whom to choose from.</summary>
public sealed record MeetingProblem(MeetingField Field, MeetingProblemKind Kind, string? Text = null)
{
    public IReadOnlyList<Person> Candidates { get; init; } = [];
}
