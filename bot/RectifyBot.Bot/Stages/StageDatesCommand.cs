using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Stages;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Bot.Stages;

/// <summary>
/// "阶段日期" / "stage dates": the calendars on a card with, for the office or a committee's principal leader, a form
/// to set them (Action.Execute "stage-dates-save"); or typed: "阶段日期 2026-12-01 2026-12-20 2027-01-15 2027-04-15".
/// A refused form comes back with the values as typed and each error under its field.
/// </summary>
public sealed class StageDatesCommand(StageDatesSetting setting) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null
        && (request.Command == KnownCommands.StageDates
            || string.Equals(request.Verb, StageDatesCard.SaveVerb, StringComparison.Ordinal)
            || !string.IsNullOrEmpty(CommandRecognizer.ArgumentsOf(KnownCommands.StageDates, request.Text)));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        if (string.Equals(request.Verb, StageDatesCard.SaveVerb, StringComparison.Ordinal))
        {
            var unit = request.Data?.Value<string>(StageDatesCard.UnitKey);
            var input = new StageDatesInput(
                Field(StageDateField.Start), Field(StageDateField.SubmissionDeadline), Field(StageDateField.StageEnd), Field(StageDateField.ConsolidationEnd));
            return await SaveAsync(request, person, string.IsNullOrEmpty(unit) ? null : unit, input, cancellationToken).ConfigureAwait(false);
        }

        var typed = CommandRecognizer.ArgumentsOf(KnownCommands.StageDates, request.Text);
        var view = await setting.ViewAsync(person, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(typed))
        {
            return Card(request, view, StageDatesForm.Blank);
        }

        if (!view.CanEdit)
        {
            return ChatReply.Message(CardText.Get(request.Language, "StageDates_NotAllowed"));
        }

        var dates = typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var typedInput = new StageDatesInput(At(dates, 0), At(dates, 1), At(dates, 2), At(dates, 3));
        return await SaveAsync(request, person, view.EditableScope, typedInput, cancellationToken).ConfigureAwait(false);

        string? Field(StageDateField field) => request.Data?.Value<string>(StageDatesCard.InputId(field));
    }

    private async Task<ChatReply> SaveAsync(ChatRequest request, Person person, string? unitCode, StageDatesInput input, CancellationToken cancellationToken)
    {
        var outcome = await setting.SaveAsync(person, unitCode, input, cancellationToken).ConfigureAwait(false);
        if (outcome.Result == StageDatesSaveResult.Refused)
        {
            return ChatReply.Message(CardText.Get(request.Language, "StageDates_NotAllowed"));
        }

        var view = await setting.ViewAsync(person, cancellationToken).ConfigureAwait(false);
        var form = outcome.Result switch
        {
            StageDatesSaveResult.Saved => new StageDatesForm(StageDatesInput.Empty, [], outcome.Check?.Warnings ?? [], "StageDates_Saved"),
            StageDatesSaveResult.NoUniversityCalendar => new StageDatesForm(input, [], [], "StageDates_NoUniversityCalendar"),
            _ => new StageDatesForm(input, outcome.Unreadable, outcome.Check?.Errors ?? [], "StageDates_NotSaved"),
        };
        return Card(request, view, form);
    }

    private static ChatReply Card(ChatRequest request, StageDatesView view, StageDatesForm form) =>
        ChatReply.Card(StageDatesCard.Build(request.Language, view, form).ToJson());

    private static string? At(string[] parts, int index) => index < parts.Length ? parts[index] : null;
}
