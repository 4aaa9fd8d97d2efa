namespace RectifyBot.Core.Surveys;

/// <summary>
/// One stored answer: no person, no token, no arrival time (docs/anonymity.md). <see cref="Choice"/> null = blank;
/// <see cref="Category"/> is already merged into <see cref="ParticipantCategory.Other"/> for small groups.
/// </summary>
public sealed record SurveyAnswer
{
    public required ParticipantCategory Category { get; init; }

    public SatisfactionChoice? Choice { get; init; }

    /// <summary>Answers to the extra questions, by question id.</summary>
    public IReadOnlyDictionary<string, SatisfactionChoice> Extras { get; init; } = new Dictionary<string, SatisfactionChoice>();

    /// <summary>The opinion as typed (trimmed); escaped wherever it is shown, never rendered as markup.</summary>
    public string? Opinion { get; init; }

    public required ReplySource Source { get; init; }
}
