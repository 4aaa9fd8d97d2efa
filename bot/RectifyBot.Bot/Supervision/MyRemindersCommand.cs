using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Supervision;
using RectifyBot.Core.Supervision;
using RectifyBot.Teams.Supervision;

namespace RectifyBot.Bot.Supervision;

/// <summary>"督办提醒" / "my reminders", and the digest card's "see all" button: the person's whole open list.</summary>
public sealed class MyRemindersCommand(MyReminders reminders) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request?.Command == KnownCommands.MyReminders || string.Equals(request?.Verb, DigestCard.ShowAllVerb, StringComparison.Ordinal);

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var (today, items, roster) = await reminders.ForAsync(person.Number, cancellationToken).ConfigureAwait(false);
        var lines = items.Select(i => SupervisionCards.LineOf(i, roster, request.Language)).ToList();
        return ChatReply.Card(DigestCard.Build(request.Language, new DigestView(today, lines, Math.Max(1, lines.Count), IsFullList: true)).ToJson());
    }
}
