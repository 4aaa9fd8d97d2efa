using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Access;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Bot.Reviews;

/// <summary>
/// "指定审核人 &lt;被审核人工号&gt; &lt;审核人工号&gt; &lt;原因&gt;" / "set reviewer …": the office overrides one person's route;
/// the answer states the resulting route in words.
/// </summary>
public sealed class SetReviewerCommand(RouteOverrideSetting setting) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null && CommandRecognizer.ArgumentsOf(KnownCommands.SetReviewer, request.Text) is not null;

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        string Text(string key) => CardText.Get(language, key);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(language));
        }

        if (!AccessPolicy.CanAssignReviewer(person))
        {
            return ChatReply.Message(Text("Reply_OfficeOnly"));
        }

        var parts = (CommandRecognizer.ArgumentsOf(KnownCommands.SetReviewer, request.Text) ?? "")
            .Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 3)
        {
            return ChatReply.Message(Text("SetReviewer_Usage"));
        }

        var outcome = await setting.SetAsync(person, parts[0], parts[1], parts[2], cancellationToken).ConfigureAwait(false);
        return ChatReply.Message(outcome.Result switch
        {
            RouteOverrideResult.Set => Text("SetReviewer_Saved") + "\n\n" + ReviewRouteText.Describe(language, outcome.Author!, outcome.Route!, outcome.Roster!),
            RouteOverrideResult.UnknownAuthor => CardText.Format(language, "SetReviewer_UnknownAuthor", parts[0]),
            RouteOverrideResult.UnknownReviewer => CardText.Format(language, "SetReviewer_UnknownReviewer", parts[1]),
            RouteOverrideResult.SamePerson => Text("SetReviewer_SamePerson"),
            RouteOverrideResult.ReasonMissingOrTooLong => Text("Reply_ReasonMissing"),
            _ => Text("Reply_OfficeOnly"),
        });
    }
}
