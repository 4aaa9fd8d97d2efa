namespace RectifyBot.Core.Surveys;

/// <summary>Counted paper ballots (or interview notes) of one category: how many chose each answer, and the blanks.</summary>
public sealed record PaperCount(ParticipantCategory Category, int Satisfied, int BasicallySatisfied, int Dissatisfied, int DontKnow, int Blank)
{
    public int Total => Satisfied + BasicallySatisfied + Dissatisfied + DontKnow + Blank;

    public IEnumerable<SatisfactionChoice?> Choices() =>
        Enumerable.Repeat<SatisfactionChoice?>(SatisfactionChoice.Satisfied, Satisfied)
            .Concat(Enumerable.Repeat<SatisfactionChoice?>(SatisfactionChoice.BasicallySatisfied, BasicallySatisfied))
            .Concat(Enumerable.Repeat<SatisfactionChoice?>(SatisfactionChoice.Dissatisfied, Dissatisfied))
            .Concat(Enumerable.Repeat<SatisfactionChoice?>(SatisfactionChoice.DontKnow, DontKnow))
            .Concat(Enumerable.Repeat<SatisfactionChoice?>(null, Blank));
}
