using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Measures.Drafting;

/// <summary>
/// The drafting conversation (DOMAIN.md §1): one question at a time — area, source, description, measures, handling,
/// deadline, and for "cannot fix yet" the explanation and milestones — then "another problem?", the commitment,
/// lessons learned and a preview; or one problem's full form. Every answer is checked on the server and saved before
/// the next question, so a restart or another bot instance loses nothing. A card carries the revision it was drawn
/// from: a stale card (another device saved since) gets a conflict, never a silent overwrite.
/// </summary>
public sealed class MeasureDrafting(IMeasureRepository measures, IStageCalendarRepository calendars, IRosterRepository rosters, TimeProvider time)
{
    /// <summary>"新建整改措施": a new draft, or the draft in progress, or why not (an open or approved submission).</summary>
    public async Task<DraftTurn> StartAsync(Person author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var context = await ContextAsync(author, cancellationToken).ConfigureAwait(false);
        if (await measures.FindDraftAsync(author.Number, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            // Saved again so it is the draft touched last: typed answers go to it, not to a unit plan draft (PlanTypedAnswerCommand).
            return await SaveAndShowAsync(context, existing, new DraftMessage("Draft_Resumed"), cancellationToken).ConfigureAwait(false);
        }

        var all = await measures.LoadAsync(author.Number, cancellationToken).ConfigureAwait(false);
        if (all.Latest is { } latest)
        {
            if (latest.Status.IsOpen())
            {
                return new DraftTurn(DraftTurnKind.Refused, null) { Notice = new DraftMessage("Draft_RefusedOpen", latest.Version) };
            }

            if (latest.Status == MeasureStatus.Approved)
            {
                return new DraftTurn(DraftTurnKind.Refused, null) { Notice = new DraftMessage("Draft_RefusedApproved", latest.Version) };
            }

            // Returned or withdrawn: the next version starts from it.
            return await ReviseAsync(author, latest.Version, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        var draft = new MeasureDraft { AuthorNumber = author.Number, StartedAt = now, UpdatedAt = now, Step = DraftStep.Area };
        return await SaveAndShowAsync(context, draft, new DraftMessage("Draft_Started"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The draft where it stands, as stored (nothing saved).</summary>
    public async Task<DraftTurn> CurrentAsync(Person author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var context = await ContextAsync(author, cancellationToken).ConfigureAwait(false);
        return await measures.FindDraftAsync(author.Number, cancellationToken).ConfigureAwait(false) is { } draft
            ? context.Show(draft)
            : new DraftTurn(DraftTurnKind.NoDraft, null);
    }

    /// <summary>"继续草稿": the draft where it stands, saved again so typed answers go to it (not to a unit plan draft).</summary>
    public async Task<DraftTurn> ContinueAsync(Person author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var context = await ContextAsync(author, cancellationToken).ConfigureAwait(false);
        return await measures.FindDraftAsync(author.Number, cancellationToken).ConfigureAwait(false) is { } draft
            ? await SaveAndShowAsync(context, draft, new DraftMessage("Draft_Resumed"), cancellationToken).ConfigureAwait(false)
            : new DraftTurn(DraftTurnKind.NoDraft, null);
    }

    /// <summary>"修改": a returned (or withdrawn) version, prefilled, as the next version's draft.</summary>
    public async Task<DraftTurn> ReviseAsync(Person author, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var context = await ContextAsync(author, cancellationToken).ConfigureAwait(false);
        if (await measures.FindDraftAsync(author.Number, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return context.Show(existing) with { Notice = new DraftMessage("Draft_Resumed") };
        }

        var all = await measures.LoadAsync(author.Number, cancellationToken).ConfigureAwait(false);
        if (all.Latest is not { } latest || latest.Version != version || latest.Status is not (MeasureStatus.Returned or MeasureStatus.Withdrawn))
        {
            return new DraftTurn(DraftTurnKind.Refused, null) { Notice = new DraftMessage("Draft_NothingToRevise") };
        }

        var now = time.GetUtcNow();
        var draft = new MeasureDraft
        {
            AuthorNumber = author.Number,
            StartedAt = now,
            UpdatedAt = now,
            Problems = [.. latest.Problems.Select(ProblemDraft.From)],
            Commitment = latest.Commitment,
            Lessons = latest.Lessons,
            LessonsAnswered = true,
            Revises = latest.Version,
            Step = DraftStep.Preview,
        };
        return await SaveAndShowAsync(context, draft, new DraftMessage("Draft_Revising", latest.Version, latest.Version + 1), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An answer to the current step, typed (<paramref name="revision"/> null) or from the step's card (with the
    /// revision and step it was drawn for). A refused answer asks again with the error and the text as typed.
    /// </summary>
    public async Task<DraftTurn> AnswerAsync(Person author, string? answer, int? revision, DraftStep? step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var (context, draft, conflict) = await OpenAsync(author, revision, cancellationToken).ConfigureAwait(false);
        if (conflict is not null)
        {
            return conflict;
        }

        if (step is { } s && s != draft!.Step)
        {
            return context.Show(draft) with { Kind = KindOf(draft), Notice = new DraftMessage("Draft_Conflict") };
        }

        var reading = DraftAnswers.Read(draft!, answer, context.AllowedAreas, context.Calendar, context.Today);
        if (reading.Error is { } error)
        {
            var field = DraftAnswers.FieldOf(draft!.Step) ?? DraftField.Description;
            return context.Show(draft) with
            {
                Errors = new Dictionary<DraftField, IReadOnlyList<DraftMessage>> { [field] = [error] },
                Typed = new Dictionary<DraftField, string?> { [field] = answer },
            };
        }

        return await SaveAndShowAsync(context, reading.Draft!, reading.Confirmation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Skips the optional lessons-learned step.</summary>
    public Task<DraftTurn> SkipAsync(Person author, int? revision, CancellationToken cancellationToken = default) =>
        MoveAsync(author, revision, d => d.Step == DraftStep.Lessons ? d with { Lessons = null, LessonsAnswered = true, Step = DraftStep.Preview } : d, null, cancellationToken);

    public Task<DraftTurn> PreviewAsync(Person author, CancellationToken cancellationToken = default) =>
        MoveAsync(author, null, d => d with { Step = DraftStep.Preview }, null, cancellationToken);

    public Task<DraftTurn> EditProblemAsync(Person author, int index, CancellationToken cancellationToken = default) =>
        MoveAsync(author, null, d => index >= 0 && index < d.Problems.Count ? d with { Step = DraftStep.EditProblem, CurrentProblem = index } : d, null, cancellationToken);

    public Task<DraftTurn> EditCommitmentAsync(Person author, CancellationToken cancellationToken = default) =>
        MoveAsync(author, null, d => d with { Step = DraftStep.Commitment }, null, cancellationToken);

    /// <summary>Adds an empty problem and asks its area (at most <see cref="MeasureLimits.Problems"/>).</summary>
    public Task<DraftTurn> AddProblemAsync(Person author, CancellationToken cancellationToken = default) =>
        MoveAsync(author, null, d => d.Problems.Count >= MeasureLimits.Problems
            ? d with { Step = DraftStep.Preview }
            : d with { Problems = [.. d.Problems, ProblemDraft.Empty], CurrentProblem = d.Problems.Count, Step = DraftStep.Area },
            null, cancellationToken);

    public Task<DraftTurn> RemoveProblemAsync(Person author, int index, int? revision, CancellationToken cancellationToken = default) =>
        MoveAsync(author, revision, d => index < 0 || index >= d.Problems.Count ? d : d.Problems.Count == 1
            ? d with { Problems = [ProblemDraft.Empty], CurrentProblem = 0, Step = DraftStep.Area }
            : d with { Problems = [.. d.Problems.Where((_, i) => i != index)], CurrentProblem = 0, Step = DraftStep.Preview },
            new DraftMessage("Draft_ProblemRemoved", index + 1), cancellationToken);

    /// <summary>Saves one problem from its full form: every field checked, errors per field, values kept as typed.</summary>
    public async Task<DraftTurn> SaveProblemAsync(Person author, int index, IReadOnlyDictionary<DraftField, string?> form, int? revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(form);
        var (context, draft, conflict) = await OpenAsync(author, revision, cancellationToken).ConfigureAwait(false);
        if (conflict is not null)
        {
            return conflict with { Typed = form, ProblemIndex = index, Kind = DraftTurnKind.Conflict };
        }

        if (index < 0 || index >= draft!.Problems.Count)
        {
            return context.Show(draft!) with { Notice = new DraftMessage("Draft_NoSuchProblem") };
        }

        var (problem, errors) = DraftAnswers.ReadForm(form, context.AllowedAreas, context.Calendar, context.Today);
        if (errors.Count > 0)
        {
            return new DraftTurn(DraftTurnKind.EditProblem, draft with { CurrentProblem = index })
            {
                Errors = errors,
                Typed = form,
                ProblemIndex = index,
                AllowedAreas = context.AllowedAreas,
                Calendar = context.Calendar,
            };
        }

        var updated = draft with { CurrentProblem = index };
        updated = updated.WithCurrent(problem!) with
        {
            Step = string.IsNullOrWhiteSpace(updated.Commitment) ? DraftStep.Commitment : DraftStep.Preview,
        };
        return await SaveAndShowAsync(context, updated, new DraftMessage("Draft_ProblemSaved", index + 1), cancellationToken).ConfigureAwait(false);
    }

    public async Task<DraftTurn> CancelAsync(Person author, int? revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var (_, draft, conflict) = await OpenAsync(author, revision, cancellationToken).ConfigureAwait(false);
        if (conflict is not null)
        {
            return conflict;
        }

        return await measures.DeleteDraftAsync(draft!, cancellationToken).ConfigureAwait(false)
            ? new DraftTurn(DraftTurnKind.Cancelled, null)
            : new DraftTurn(DraftTurnKind.Conflict, await measures.FindDraftAsync(author.Number, cancellationToken).ConfigureAwait(false)) { Notice = new DraftMessage("Draft_Conflict") };
    }

    /// <summary>The member's draft, if any (to tell whether a typed message answers it).</summary>
    public Task<MeasureDraft?> FindAsync(Person author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        return measures.FindDraftAsync(author.Number, cancellationToken);
    }

    /// <summary>The dates and areas that apply to the member now.</summary>
    public async Task<DraftContext> ContextAsync(Person author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var current = roster.Person(author.Number) ?? author;
        var stage = await calendars.LoadAsync(cancellationToken).ConfigureAwait(false);
        return new DraftContext(ProblemAreas.For(current), stage.For(current.PartyUnitCode, roster), ChinaTime.Today(time));
    }

    private async Task<DraftTurn> MoveAsync(Person author, int? revision, Func<MeasureDraft, MeasureDraft> move, DraftMessage? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        var (context, draft, conflict) = await OpenAsync(author, revision, cancellationToken).ConfigureAwait(false);
        return conflict ?? await SaveAndShowAsync(context, move(draft!), notice, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(DraftContext Context, MeasureDraft? Draft, DraftTurn? Refusal)> OpenAsync(Person author, int? revision, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(author, cancellationToken).ConfigureAwait(false);
        var draft = await measures.FindDraftAsync(author.Number, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return (context, null, new DraftTurn(DraftTurnKind.NoDraft, null));
        }

        if (revision is { } r && r != draft.Revision)
        {
            return (context, draft, context.Show(draft) with { Kind = DraftTurnKind.Conflict, Notice = new DraftMessage("Draft_Conflict") });
        }

        return (context, draft, null);
    }

    private async Task<DraftTurn> SaveAndShowAsync(DraftContext context, MeasureDraft draft, DraftMessage? notice, CancellationToken cancellationToken)
    {
        var saved = await measures.SaveDraftAsync(draft with { UpdatedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        return saved switch
        {
            DraftSave.Saved s => context.Show(s.Draft) with { Notice = notice },
            DraftSave.Conflict c when c.Current is { } current => context.Show(current) with { Kind = DraftTurnKind.Conflict, Notice = new DraftMessage("Draft_Conflict") },
            _ => new DraftTurn(DraftTurnKind.NoDraft, null) { Notice = new DraftMessage("Draft_Conflict") },
        };
    }

    private static DraftTurnKind KindOf(MeasureDraft draft) => draft.Step switch
    {
        DraftStep.Preview => DraftTurnKind.Preview,
        DraftStep.EditProblem => DraftTurnKind.EditProblem,
        _ => DraftTurnKind.Ask,
    };

    /// <summary>What applies to the member while drafting.</summary>
    public sealed record DraftContext(IReadOnlyList<ProblemArea> AllowedAreas, StageCalendar? Calendar, DateOnly Today)
    {
        public DraftTurn Show(MeasureDraft draft)
        {
            ArgumentNullException.ThrowIfNull(draft);
            return new DraftTurn(KindOf(draft), draft) { AllowedAreas = AllowedAreas, Calendar = Calendar, ProblemIndex = draft.CurrentProblem };
        }
    }
}
