using RectifyBot.Core.Access;
using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Plans.Drafting;

/// <summary>
/// Drafting a unit's plan in conversation (issue 8): a unit's leaders or the office answer one field at a time (typed
/// or on cards), add, edit and remove items, preview, submit, then choose the scope and the feedback window and publish
/// through <see cref="PlanActions"/>. The draft is saved after every answer; a card carries the draft's revision, so a
/// stale card from another device is refused, never applied. Every step is checked against <see cref="AccessPolicy"/>.
/// </summary>
public sealed class PlanDrafting(IPlanRepository plans, IPlanAreaRepository areas, IRosterRepository rosters, PlanActions actions, TimeProvider time)
{
    /// <summary>"新建整改方案 [unit]": the unit's draft (a new one, the one in progress, or the next version after a revision was required).</summary>
    public async Task<PlanDraftTurn> StartAsync(Person actor, string? unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var context = await ContextAsync(unitCode ?? "", cancellationToken).ConfigureAwait(false);
        if (Unit(actor, unitCode, context) is { } refusal)
        {
            return refusal;
        }

        var unit = context.UnitCode.Length > 0 ? context.UnitCode : Units(actor, context.Roster)[0].Code;
        context = context with { UnitCode = unit };
        if (await plans.FindDraftAsync(unit, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return await SaveAsync(actor, context, existing, new DraftMessage("Draft_Resumed"), cancellationToken).ConfigureAwait(false);
        }

        var plan = await plans.LoadAsync(unit, cancellationToken).ConfigureAwait(false);
        if (!plan.CanPublishNext)
        {
            return new PlanDraftTurn(PlanDraftTurnKind.Refused, null) { Notice = new DraftMessage("PlanDraft_NotNow", "PlanStatus_" + plan.Latest!.Status) };
        }

        var now = time.GetUtcNow();
        var draft = new PlanDraft { UnitCode = unit, AuthorNumber = actor.Number, StartedAt = now, UpdatedAt = now, Items = [PlanItemDraft.Empty], Step = PlanField.Problem };
        var notice = new DraftMessage("PlanDraft_Started", context.Roster.Unit(unit)!.Name);
        if (plan.Latest is { Status: PlanStatus.RevisionRequired } revise)
        {
            draft = draft with { Items = [.. revise.Items.Select(PlanItemDraft.From)], Revises = revise.Version, Step = null };
            notice = new DraftMessage("PlanDraft_Revising", revise.Version, revise.Version + 1);
        }

        return await SaveAsync(actor, context, draft, notice, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"继续方案草稿 [unit]": the unit's draft where it stands, else the draft this person edited last.</summary>
    public async Task<PlanDraftTurn> ContinueAsync(Person actor, string? unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var draft = string.IsNullOrWhiteSpace(unitCode)
            ? await FindMineAsync(actor, cancellationToken).ConfigureAwait(false)
            : await plans.FindDraftAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return new PlanDraftTurn(PlanDraftTurnKind.NoDraft, null);
        }

        // Resuming saves the draft as this person's: their typed answers go to it from now on.
        var context = await ContextAsync(draft.UnitCode, cancellationToken).ConfigureAwait(false);
        return !AccessPolicy.CanActOnPlan(actor, draft.UnitCode, context.Roster)
            ? NotAllowed()
            : await SaveAsync(actor, context, draft, new DraftMessage("Draft_Resumed"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The plan draft this person edited last, if any: the drafts of the units they lead, and for the office the
    /// drafts it edited (typed answers go to it).
    /// </summary>
    public async Task<PlanDraft?> FindMineAsync(Person actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<PlanDraft>();
        foreach (var unit in roster.Units.Where(u => AccessPolicy.IsUnitLeader(actor, u.Code, roster)))
        {
            if (await plans.FindDraftAsync(unit.Code, cancellationToken).ConfigureAwait(false) is { } draft)
            {
                found.Add(draft);
            }
        }

        if (AccessPolicy.IsOffice(actor))
        {
            await foreach (var draft in plans.ListDraftsEditedByAsync(actor.Number, cancellationToken).ConfigureAwait(false))
            {
                found.Add(draft);
            }
        }

        return found.Where(d => (d.EditedByNumber ?? d.AuthorNumber) == actor.Number).MaxBy(d => d.UpdatedAt);
    }

    /// <summary>An answer to the current step, typed (<paramref name="revision"/> null) or from the step's card (with the revision and step it was drawn for).</summary>
    public async Task<PlanDraftTurn> AnswerAsync(Person actor, string unitCode, string? answer, int? revision, PlanField? step, CancellationToken cancellationToken = default)
    {
        var (context, draft, refusal) = await OpenAsync(actor, unitCode, revision, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (step is { } s && s != draft!.Step)
        {
            return Show(context, draft) with { Kind = PlanDraftTurnKind.Conflict, Notice = new DraftMessage("Draft_Conflict") };
        }

        switch (draft!.Step)
        {
            case null:
                return Show(context, draft) with { Notice = new DraftMessage("PlanDraft_UseButtons") };
            case PlanField.Items:
                return YesNoText.Read(answer) switch
                {
                    true when draft.Items.Count < PlanLimits.Items => await SaveAsync(actor, context, Added(draft), new DraftMessage("PlanDraft_Confirm_AnotherItem", draft.Items.Count + 1), cancellationToken).ConfigureAwait(false),
                    true => Refused(context, draft, PlanField.Items, answer, new DraftMessage("PlanDraft_TooManyItems", PlanLimits.Items)),
                    false => await SaveAsync(actor, context, draft with { Step = null }, new DraftMessage("PlanDraft_Confirm_NoMoreItems"), cancellationToken).ConfigureAwait(false),
                    null => Refused(context, draft, PlanField.Items, answer, new DraftMessage("Answer_YesNoUnreadable")),
                };
            case PlanField.Scope:
                return PlanAnswers.ReadScope(answer) is { } scope
                    ? await SaveAsync(actor, context, draft with { Scope = scope, Step = PlanField.WindowEnd }, new DraftMessage("PlanDraft_Confirm_Scope", "PlanScope_" + scope), cancellationToken).ConfigureAwait(false)
                    : Refused(context, draft, PlanField.Scope, answer, new DraftMessage("PlanAnswer_ScopeUnreadable"));
            case PlanField.WindowEnd:
                return await PublishAsync(actor, unitCode, draft.Scope?.ToString(), answer, revision, cancellationToken).ConfigureAwait(false);
        }

        var field = draft.Step.Value;
        var read = PlanAnswers.Read(field, answer, draft.Current, context);
        if (read.Item is not { } item)
        {
            return Refused(context, draft, field, answer, read.Error!) with { Candidates = read.Candidates };
        }

        var answered = draft.WithCurrent(item);
        return await SaveAsync(actor, context, answered with { Step = NextStep(field, item) }, read.Confirmation, cancellationToken).ConfigureAwait(false);
    }

    public Task<PlanDraftTurn> PreviewAsync(Person actor, string unitCode, int? revision, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, unitCode, revision, d => d with { Step = null }, null, cancellationToken);

    /// <summary>Adds an empty item and asks its problem (at most <see cref="PlanLimits.Items"/>).</summary>
    public Task<PlanDraftTurn> AddItemAsync(Person actor, string unitCode, int? revision, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, unitCode, revision, d => d.Items.Count >= PlanLimits.Items ? d with { Step = null } : Added(d), null, cancellationToken);

    public Task<PlanDraftTurn> RemoveItemAsync(Person actor, string unitCode, int index, int? revision, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, unitCode, revision, d => index < 0 || index >= d.Items.Count ? d : d.Items.Count == 1
            ? d with { Items = [PlanItemDraft.Empty], CurrentItem = 0, Step = PlanField.Problem }
            : d with { Items = [.. d.Items.Where((_, i) => i != index)], CurrentItem = 0, Step = null },
            new DraftMessage("PlanDraft_ItemRemoved", index + 1), cancellationToken);

    /// <summary>One item's full form, its stored values filled in.</summary>
    public async Task<PlanDraftTurn> EditItemAsync(Person actor, string unitCode, int index, CancellationToken cancellationToken = default)
    {
        var (context, draft, refusal) = await OpenAsync(actor, unitCode, null, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        return index < 0 || index >= draft!.Items.Count
            ? Show(context, draft!) with { Notice = new DraftMessage("PlanDraft_NoSuchItem") }
            : Show(context, draft) with { Kind = PlanDraftTurnKind.EditItem, ItemIndex = index };
    }

    /// <summary>Saves one item from its full form: every field checked on the server, errors per field, everything typed kept.</summary>
    public async Task<PlanDraftTurn> SaveItemAsync(Person actor, string unitCode, int index, IReadOnlyDictionary<PlanField, string?> form, int? revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (context, draft, refusal) = await OpenAsync(actor, unitCode, revision, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal.Draft is null ? refusal : refusal with { Kind = PlanDraftTurnKind.Conflict, Typed = form, ItemIndex = index };
        }

        if (index < 0 || index >= draft!.Items.Count)
        {
            return Show(context, draft!) with { Notice = new DraftMessage("PlanDraft_NoSuchItem") };
        }

        var (item, errors, candidates) = PlanAnswers.ReadForm(form, index, context);
        if (item is null)
        {
            return Show(context, draft) with { Kind = PlanDraftTurnKind.EditItem, ItemIndex = index, Errors = errors, Typed = form, Candidates = candidates };
        }

        var saved = (draft with { CurrentItem = index }).WithCurrent(item) with { Step = null };
        return await SaveAsync(actor, context, saved, new DraftMessage("PlanDraft_ItemSaved", index + 1), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "提交": every item checked on the server. With problems, the first item with one opens in its form with the
    /// errors by its fields; without, the draft asks for the publication's scope and window.
    /// </summary>
    public async Task<PlanDraftTurn> SubmitAsync(Person actor, string unitCode, int? revision, CancellationToken cancellationToken = default)
    {
        var (context, draft, refusal) = await OpenAsync(actor, unitCode, revision, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = ItemProblems(context, draft!);
        if (problems.Count > 0)
        {
            return Incomplete(context, draft!, problems);
        }

        return await SaveAsync(actor, context, draft! with { Step = draft.Scope is null ? PlanField.Scope : PlanField.WindowEnd }, new DraftMessage("PlanDraft_Submitted"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes the submitted draft to the scope until the window's last day (typed dates in CST), through <see cref="PlanActions.PublishAsync"/>.</summary>
    public async Task<PlanDraftTurn> PublishAsync(Person actor, string unitCode, string? scopeText, string? lastDayText, int? revision, CancellationToken cancellationToken = default)
    {
        var (context, draft, refusal) = await OpenAsync(actor, unitCode, revision, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var typed = new Dictionary<PlanField, string?> { [PlanField.Scope] = scopeText, [PlanField.WindowEnd] = lastDayText };
        var (scope, lastDay, errors) = PlanAnswers.ReadWindow(scopeText, lastDayText, context.Today);

        var publishing = draft! with { Scope = scope ?? draft.Scope, Step = scope is null && draft.Scope is null ? PlanField.Scope : PlanField.WindowEnd };
        if (errors.Count > 0)
        {
            return Show(context, publishing) with { Kind = PlanDraftTurnKind.Publish, Errors = errors, Typed = typed };
        }

        var outcome = await actions.PublishAsync(actor, unitCode, scope, lastDay, cancellationToken).ConfigureAwait(false);
        switch (outcome.Result)
        {
            case PlanActionResult.Done:
                return new PlanDraftTurn(PlanDraftTurnKind.Published, null) { Published = outcome.Plan!.Latest, Feedback = outcome.Feedback, Roster = context.Roster, Today = context.Today };
            case PlanActionResult.Invalid when outcome.Problems!.Any(p => p.Item is not null || p.Field == PlanField.Items):
                return Incomplete(context, draft, outcome.Problems!);
            case PlanActionResult.Invalid:
                return Show(context, publishing) with
                {
                    Kind = PlanDraftTurnKind.Publish,
                    Typed = typed,
                    Errors = outcome.Problems!.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => (IReadOnlyList<DraftMessage>)[.. g.Select(PlanAnswers.Message)]),
                };
            default:
                return Show(context, publishing) with { Kind = PlanDraftTurnKind.Publish, Typed = typed, Notice = new DraftMessage("PlanResult_" + outcome.Result) };
        }
    }

    public async Task<PlanDraftTurn> CancelAsync(Person actor, string unitCode, int? revision, CancellationToken cancellationToken = default)
    {
        var (context, draft, refusal) = await OpenAsync(actor, unitCode, revision, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        return await plans.DeleteDraftAsync(draft!, cancellationToken).ConfigureAwait(false)
            ? new PlanDraftTurn(PlanDraftTurnKind.Cancelled, null)
            : await ConflictAsync(context, unitCode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The units this person may draft for without naming one: those they lead (the office names the unit).</summary>
    public static IReadOnlyList<OrganisationUnit> Units(Person actor, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Units.Where(u => AccessPolicy.IsUnitLeader(actor, u.Code, roster)).OrderBy(u => u.Code, StringComparer.Ordinal)];
    }

    /// <summary>Every unit of the roster, committees first, for the office to choose from.</summary>
    public static IReadOnlyList<OrganisationUnit> AllUnits(Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Units.OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal)];
    }

    private static PlanDraft Added(PlanDraft draft) =>
        draft with { Items = [.. draft.Items, PlanItemDraft.Empty], CurrentItem = draft.Items.Count, Step = PlanField.Problem };

    /// <summary>The step after <paramref name="field"/>: explanation and milestones only for a step-by-step item.</summary>
    private static PlanField NextStep(PlanField field, PlanItemDraft item)
    {
        var fields = PlanAnswers.ItemFields;
        for (var i = IndexOf(fields, field) + 1; i < fields.Count; i++)
        {
            if (fields[i] is PlanField.Explanation or PlanField.Milestones && item.Handling != PlanHandling.StepByStep)
            {
                continue;
            }

            return fields[i];
        }

        return PlanField.Items;
    }

    private static int IndexOf(IReadOnlyList<PlanField> fields, PlanField field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<PlanProblem> ItemProblems(PlanAnswerContext context, PlanDraft draft)
    {
        var problems = new List<PlanProblem>();
        if (draft.Items.All(i => i.IsBlank))
        {
            problems.Add(new PlanProblem(null, PlanField.Items, PlanProblemKind.NoItems));
        }

        for (var i = 0; i < draft.Items.Count; i++)
        {
            if (!draft.Items[i].IsBlank)
            {
                problems.AddRange(PlanCheck.Item(i, draft.Items[i], context.UnitCode, context.Roster, context.Areas, context.Today));
            }
        }

        return problems;
    }

    /// <summary>The first item with a problem in its form, the errors by its fields; no items at all: the preview says so.</summary>
    private static PlanDraftTurn Incomplete(PlanAnswerContext context, PlanDraft draft, IReadOnlyList<PlanProblem> problems)
    {
        if (problems.FirstOrDefault(p => p.Item is not null) is not { Item: { } index })
        {
            return Show(context, draft with { Step = null }) with { Kind = PlanDraftTurnKind.Preview, Problems = problems, Notice = new DraftMessage("PlanProblem_NoItems") };
        }

        return Show(context, draft) with
        {
            Kind = PlanDraftTurnKind.EditItem,
            ItemIndex = index,
            Problems = problems,
            Notice = new DraftMessage("PlanDraft_Incomplete", index + 1),
            Errors = problems.Where(p => p.Item == index).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => (IReadOnlyList<DraftMessage>)[.. g.Select(PlanAnswers.Message)]),
        };
    }

    private static PlanDraftTurn Refused(PlanAnswerContext context, PlanDraft draft, PlanField field, string? answer, DraftMessage error) =>
        Show(context, draft) with
        {
            Errors = new Dictionary<PlanField, IReadOnlyList<DraftMessage>> { [field] = [error] },
            Typed = new Dictionary<PlanField, string?> { [field] = answer },
        };

    private static PlanDraftTurn NotAllowed() => new(PlanDraftTurnKind.Refused, null) { Notice = new DraftMessage("PlanResult_NotAllowed") };

    private static PlanDraftTurn? Unit(Person actor, string? unitCode, PlanAnswerContext context)
    {
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            return context.Roster.Unit(unitCode) is null
                ? new PlanDraftTurn(PlanDraftTurnKind.Refused, null) { Notice = new DraftMessage("PlanDraft_UnknownUnit", unitCode) }
                : AccessPolicy.CanActOnPlan(actor, unitCode, context.Roster) ? null : NotAllowed();
        }

        var units = Units(actor, context.Roster);
        return units.Count == 1 ? null
            : units.Count > 1 ? new PlanDraftTurn(PlanDraftTurnKind.ChooseUnit, null) { Units = units, Roster = context.Roster }
            : AccessPolicy.IsOffice(actor) ? new PlanDraftTurn(PlanDraftTurnKind.ChooseUnit, null) { Units = AllUnits(context.Roster), Roster = context.Roster }
            : NotAllowed();
    }

    private static PlanDraftTurn Show(PlanAnswerContext context, PlanDraft draft) => new(KindOf(draft), draft)
    {
        Areas = context.Areas,
        Roster = context.Roster,
        Today = context.Today,
        ItemIndex = draft.CurrentItem,
    };

    private static PlanDraftTurnKind KindOf(PlanDraft draft) => draft.Step switch
    {
        null => PlanDraftTurnKind.Preview,
        PlanField.Scope or PlanField.WindowEnd => PlanDraftTurnKind.Publish,
        _ => PlanDraftTurnKind.Ask,
    };

    private async Task<PlanAnswerContext> ContextAsync(string unitCode, CancellationToken cancellationToken)
    {
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var offered = PlanAreas.Offered(await areas.ListAsync(cancellationToken).ConfigureAwait(false));
        return new PlanAnswerContext(unitCode, roster, offered, ChinaTime.Today(time));
    }

    private async Task<PlanDraftTurn> MoveAsync(Person actor, string unitCode, int? revision, Func<PlanDraft, PlanDraft> move, DraftMessage? notice, CancellationToken cancellationToken)
    {
        var (context, draft, refusal) = await OpenAsync(actor, unitCode, revision, cancellationToken).ConfigureAwait(false);
        return refusal ?? await SaveAsync(actor, context, move(draft!), notice, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(PlanAnswerContext Context, PlanDraft? Draft, PlanDraftTurn? Refusal)> OpenAsync(Person actor, string unitCode, int? revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var context = await ContextAsync(unitCode ?? "", cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(unitCode) || !AccessPolicy.CanActOnPlan(actor, unitCode, context.Roster))
        {
            return (context, null, NotAllowed());
        }

        var draft = await plans.FindDraftAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return (context, null, new PlanDraftTurn(PlanDraftTurnKind.NoDraft, null));
        }

        if (revision is { } r && r != draft.Revision)
        {
            return (context, draft, Show(context, draft) with { Kind = PlanDraftTurnKind.Conflict, Notice = new DraftMessage("Draft_Conflict") });
        }

        return (context, draft, null);
    }

    private async Task<PlanDraftTurn> SaveAsync(Person actor, PlanAnswerContext context, PlanDraft draft, DraftMessage? notice, CancellationToken cancellationToken)
    {
        var saved = await plans.SaveDraftAsync(draft with { EditedByNumber = actor.Number, UpdatedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        return saved is null
            ? await ConflictAsync(context, draft.UnitCode, cancellationToken).ConfigureAwait(false)
            : Show(context, saved) with { Notice = notice };
    }

    private async Task<PlanDraftTurn> ConflictAsync(PlanAnswerContext context, string unitCode, CancellationToken cancellationToken) =>
        await plans.FindDraftAsync(unitCode, cancellationToken).ConfigureAwait(false) is { } current
            ? Show(context, current) with { Kind = PlanDraftTurnKind.Conflict, Notice = new DraftMessage("Draft_Conflict") }
            : new PlanDraftTurn(PlanDraftTurnKind.NoDraft, null) { Notice = new DraftMessage("Draft_Conflict") };
}
