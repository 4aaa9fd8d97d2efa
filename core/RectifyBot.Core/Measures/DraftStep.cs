namespace RectifyBot.Core.Measures;

/// <summary>
/// Where the conversation about a draft stands: the question the bot asked last, which a typed answer or the step's
/// card answers. Steps of a problem apply to <see cref="MeasureDraft.CurrentProblem"/>.
/// </summary>
public enum DraftStep
{
    Area,
    Source,
    Description,
    Measures,
    Handling,
    Explanation,
    Milestones,
    Deadline,

    /// <summary>"Another problem?" after a problem is complete.</summary>
    AnotherProblem,
    Commitment,
    Lessons,

    /// <summary>Everything answered: the member reviews it and submits, edits a problem, or cancels.</summary>
    Preview,

    /// <summary>The member is editing one problem with the full form (all fields on one card).</summary>
    EditProblem,
}
