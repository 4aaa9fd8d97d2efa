using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Roster;

/// <summary>"标记软弱涣散 &lt;单位编码&gt; &lt;原因&gt;" / "flag weak &lt;unit code&gt; &lt;reason&gt;": the office flags a weak branch.</summary>
public sealed class FlagWeakBranchCommand(WeakBranchFlagging flagging) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null && CommandRecognizer.ArgumentsOf(KnownCommands.FlagWeakBranch, request.Text) is not null;

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string Text(string key) => CardText.Get(request.Language, key);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        if (!AccessPolicy.CanManageRoster(person))
        {
            return ChatReply.Message(Text("Reply_OfficeOnly"));
        }

        var parts = (CommandRecognizer.ArgumentsOf(KnownCommands.FlagWeakBranch, request.Text) ?? "")
            .Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return ChatReply.Message(Text("FlagWeak_Usage"));
        }

        var outcome = await flagging.FlagAsync(person, parts[0], parts[1], cancellationToken).ConfigureAwait(false);
        return ChatReply.Message(outcome.Result switch
        {
            WeakBranchFlagResult.Flagged => CardText.Format(request.Language, "FlagWeak_Saved", outcome.Branch!.Name, outcome.Branch.Code, outcome.Flag!.Reason),
            WeakBranchFlagResult.NotABranch => CardText.Format(request.Language, "FlagWeak_NotABranch", parts[0]),
            WeakBranchFlagResult.ReasonMissingOrTooLong => Text("Reply_ReasonMissing"),
            _ => Text("Reply_OfficeOnly"),
        });
    }
}
