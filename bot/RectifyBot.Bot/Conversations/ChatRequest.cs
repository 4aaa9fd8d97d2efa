using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RectifyBot.Cards.Commands;
using RectifyBot.Core.Identity;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Conversations;

/// <summary>
/// What a person asked for in one turn, whichever way they asked: typed text, a card button (Action.Execute invoke
/// on desktop, its Action.Submit fallback on mobile) or a file.
/// </summary>
public sealed record ChatRequest(
    UserLanguage Language,
    string? Text,
    KnownCommand? Command,
    string? Verb,
    JObject? Data,
    IReadOnlyList<Attachment> Attachments,
    IdentityBinding? Binding,
    bool IsCardInvoke)
{
    /// <summary>The roster person talking, when bound.</summary>
    public Person? Person => Binding is IdentityBinding.Bound bound ? bound.Person : null;
}
