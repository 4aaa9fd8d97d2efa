namespace RectifyBot.Core.Measures.Answers;

/// <summary>Why one typed milestone line could not be read.</summary>
public enum MilestoneLineProblem
{
    /// <summary>The line does not start with a date we read.</summary>
    Unreadable,

    /// <summary>The line starts with a date that does not exist ("2月30日 完成调研").</summary>
    Impossible,

    /// <summary>The line is only a date: it must say what is done by then.</summary>
    MissingDescription,
}
