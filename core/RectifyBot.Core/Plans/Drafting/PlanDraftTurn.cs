using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Plans.Drafting;

/// <summary>
/// One turn of drafting a unit's plan: the draft as stored, what to show, a notice (the previous answer confirmed, or
/// why it was refused) and, for a refused answer or form, the values as typed and the errors per field, so nothing
/// typed is lost. Messages are resource keys with arguments (<see cref="DraftMessage"/>, as for measures).
/// </summary>
public sealed record PlanDraftTurn(PlanDraftTurnKind Kind, PlanDraft? Draft)
{
    public DraftMessage? Notice { get; init; }

    public IReadOnlyDictionary<PlanField, IReadOnlyList<DraftMessage>> Errors { get; init; } = new Dictionary<PlanField, IReadOnlyList<DraftMessage>>();

    /// <summary>The values as typed (for a refused answer or form).</summary>
    public IReadOnlyDictionary<PlanField, string?> Typed { get; init; } = new Dictionary<PlanField, string?>();

    /// <summary>The item the form or the step is about.</summary>
    public int ItemIndex { get; init; }

    /// <summary>The office's areas on offer now.</summary>
    public IReadOnlyList<PlanArea> Areas { get; init; } = [];

    /// <summary>Namesakes of a typed responsible person (the card shows each with number and unit to choose).</summary>
    public IReadOnlyList<Person> Candidates { get; init; } = [];

    /// <summary>Items the preview marks as incomplete, with their problems.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; init; } = [];

    /// <summary>The units to choose from (<see cref="PlanDraftTurnKind.ChooseUnit"/>).</summary>
    public IReadOnlyList<OrganisationUnit> Units { get; init; } = [];

    /// <summary>The published version (<see cref="PlanDraftTurnKind.Published"/>).</summary>
    public PlanVersion? Published { get; init; }

    /// <summary>Who was asked for feedback on the published version, and the one-time links for those without Teams.</summary>
    public Feedback.FeedbackOpening? Feedback { get; init; }

    /// <summary>The roster in force (names of units and people).</summary>
    public Roster.Roster Roster { get; init; } = Core.Roster.Roster.Empty;

    public DateOnly Today { get; init; }
}
