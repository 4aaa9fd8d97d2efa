using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Replies;

namespace RectifyBot.Bot.Roster;

/// <summary>
/// "名册模板" / "roster template": the template's sheets and columns, and where to download the .xlsx (the admin
/// HTTP endpoint GET /api/roster/template; a bot cannot attach a file in personal chat without the file-consent flow).
/// </summary>
public sealed class RosterTemplateCommand : IChatCommand
{
    public bool CanAnswer(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Command == KnownCommands.RosterTemplate;
    }

    public Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(ChatReply.Message(BotReplies.RosterTemplate(request.Language)));
    }
}
