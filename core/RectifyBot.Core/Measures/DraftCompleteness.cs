namespace RectifyBot.Core.Measures;

/// <summary>Whether a draft has everything a submission needs: each problem's fields (and for "cannot fix yet" the explanation and milestones) and the commitment.</summary>
public static class DraftCompleteness
{
    /// <summary>The problem as submitted; null while a field is missing.</summary>
    public static Problem? Complete(ProblemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft is not { Area: { } area, Source: { } source, Description: { Length: > 0 } description, Measures: { Length: > 0 } measures, Handling: { } handling, Deadline: { } deadline })
        {
            return null;
        }

        if (handling == HandlingKind.CannotFixYet && (string.IsNullOrWhiteSpace(draft.Explanation) || draft.Milestones.Count == 0))
        {
            return null;
        }

        return handling == HandlingKind.CannotFixYet
            ? new Problem(area, source, description, measures, handling, deadline, draft.Explanation, draft.Milestones)
            : new Problem(area, source, description, measures, handling, deadline, null, []);
    }

    /// <summary>The index of the first problem that is not complete; null if all are.</summary>
    public static int? FirstIncomplete(MeasureDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        for (var i = 0; i < draft.Problems.Count; i++)
        {
            if (Complete(draft.Problems[i]) is null)
            {
                return i;
            }
        }

        return null;
    }

    public static bool IsComplete(MeasureDraft draft) =>
        FirstIncomplete(draft) is null && !string.IsNullOrWhiteSpace(draft?.Commitment);
}
