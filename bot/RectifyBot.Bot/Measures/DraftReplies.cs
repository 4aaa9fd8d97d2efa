using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Measures;

/// <summary>Shows a turn of the drafting conversation: the step's card, the preview, one problem's form, or a message.</summary>
public sealed class DraftReplies(RouteOverrideSetting routes, IMeasureRepository measures)
{
    public async Task<ChatReply> ReplyAsync(UserLanguage language, Person author, DraftTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var warning = turn.Kind == DraftTurnKind.Conflict || turn.Errors.Count > 0;
        var notice = DraftMessages.Notice(language, turn.Notice, warning);
        if (turn.Draft is not { } draft)
        {
            return ChatReply.Message(turn.Kind switch
            {
                DraftTurnKind.Cancelled => CardText.Get(language, "Draft_Cancelled"),
                DraftTurnKind.Refused when turn.Notice is { } n => DraftMessages.Text(language, n),
                _ => CardText.Get(language, "Draft_NoDraft"),
            });
        }

        return draft.Step switch
        {
            DraftStep.Preview => ChatReply.Card(DraftPreviewCard.Build(language, await PreviewAsync(language, author, draft, notice, cancellationToken).ConfigureAwait(false)).ToJson()),
            DraftStep.EditProblem => ChatReply.Card(ProblemFormCard.Build(language, Form(language, turn, draft, notice)).ToJson()),
            _ => ChatReply.Card(DraftStepCard.Build(language, Step(language, turn, draft, notice)).ToJson()),
        };
    }

    private static DraftStepView Step(UserLanguage language, DraftTurn turn, MeasureDraft draft, MeasureNotice? notice)
    {
        var field = DraftAnswers.FieldOf(draft.Step);
        return new DraftStepView(draft, turn.AllowedAreas, turn.Calendar?.StageEnd, turn.Calendar?.ConsolidationEnd)
        {
            Notice = notice,
            TypedValue = field is { } f && turn.Typed.TryGetValue(f, out var typed) ? typed : null,
            Errors = field is { } e && turn.Errors.TryGetValue(e, out var errors) ? [.. errors.Select(m => DraftMessages.Text(language, m))] : [],
        };
    }

    private static ProblemFormView Form(UserLanguage language, DraftTurn turn, MeasureDraft draft, MeasureNotice? notice)
    {
        var index = Math.Clamp(turn.ProblemIndex, 0, draft.Problems.Count - 1);
        var view = ProblemFormView.For(draft, index, turn.AllowedAreas, turn.Calendar?.StageEnd, turn.Calendar?.ConsolidationEnd) with { Notice = notice };
        if (turn.Typed.Count == 0)
        {
            return view;
        }

        string? Typed(DraftField f) => turn.Typed.TryGetValue(f, out var v) ? v : null;
        return view with
        {
            Values = new ProblemFormValues
            {
                Area = Typed(DraftField.Area),
                Source = Typed(DraftField.Source),
                Description = Typed(DraftField.Description),
                Measures = Typed(DraftField.Measures),
                Handling = Typed(DraftField.Handling),
                Explanation = Typed(DraftField.Explanation),
                Milestones = Typed(DraftField.Milestones),
                Deadline = Typed(DraftField.Deadline),
            },
            Errors = turn.Errors.ToDictionary(
                e => ProblemFormFields.IdOf(e.Key),
                e => (IReadOnlyList<string>)[.. e.Value.Select(m => DraftMessages.Text(language, m))],
                StringComparer.Ordinal),
        };
    }

    private async Task<DraftPreviewView> PreviewAsync(UserLanguage language, Person author, MeasureDraft draft, MeasureNotice? notice, CancellationToken cancellationToken)
    {
        var all = await measures.LoadAsync(author.Number, cancellationToken).ConfigureAwait(false);
        var returned = draft.Revises is { } r ? all.Version(r) : null;
        var route = await routes.RouteOfAsync(author, cancellationToken).ConfigureAwait(false);
        var description = returned is { Reviewers.Count: > 0 }
            ? CardText.Format(language, "Draft_SameRoute", string.Join(language == UserLanguage.En ? ", " : "、", returned.Reviewers.Select(n => route.Roster!.Person(n)?.Name ?? n)))
            : ReviewRouteText.Describe(language, route.Author!, route.Route!, route.Roster!);
        return new DraftPreviewView(draft, description)
        {
            Notice = notice,
            Returned = returned,
            ReturnedByName = returned?.Decision is { } d ? route.Roster!.Person(d.ByNumber)?.Name ?? d.ByNumber : null,
        };
    }
}
