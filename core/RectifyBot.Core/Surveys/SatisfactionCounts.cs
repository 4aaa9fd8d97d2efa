namespace RectifyBot.Core.Surveys;

/// <summary>
/// Counts of one question's answers. <see cref="Decisive"/> = answers that chose 满意, 基本满意 or 不满意 (不了解 and
/// blanks do not count); the satisfaction rate is (满意 + 基本满意) ÷ Decisive.
/// </summary>
public sealed record SatisfactionCounts(int Satisfied, int BasicallySatisfied, int Dissatisfied, int DontKnow, int Blank)
{
    public static SatisfactionCounts None { get; } = new(0, 0, 0, 0, 0);

    public static SatisfactionCounts Of(IEnumerable<SatisfactionChoice?> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        int s = 0, b = 0, d = 0, k = 0, blank = 0;
        foreach (var choice in choices)
        {
            switch (choice)
            {
                case SatisfactionChoice.Satisfied: s++; break;
                case SatisfactionChoice.BasicallySatisfied: b++; break;
                case SatisfactionChoice.Dissatisfied: d++; break;
                case SatisfactionChoice.DontKnow: k++; break;
                default: blank++; break;
            }
        }

        return new SatisfactionCounts(s, b, d, k, blank);
    }

    /// <summary>Valid answers: every answer with a choice, 不了解 included.</summary>
    public int Valid => Satisfied + BasicallySatisfied + Dissatisfied + DontKnow;

    public int Decisive => Satisfied + BasicallySatisfied + Dissatisfied;

    /// <summary>(满意 + 基本满意) ÷ decisive answers; null with no decisive answer.</summary>
    public double? SatisfactionRate => Decisive == 0 ? null : (double)(Satisfied + BasicallySatisfied) / Decisive;

    /// <summary>不满意 ÷ decisive answers; null with no decisive answer.</summary>
    public double? DissatisfiedShare => Decisive == 0 ? null : (double)Dissatisfied / Decisive;

    public int Count(SatisfactionChoice choice) => choice switch
    {
        SatisfactionChoice.Satisfied => Satisfied,
        SatisfactionChoice.BasicallySatisfied => BasicallySatisfied,
        SatisfactionChoice.Dissatisfied => Dissatisfied,
        _ => DontKnow,
    };
}
