using System.Globalization;
using System.Text.Json.Nodes;
using RectifyBot.Cards.Reviews;
using RectifyBot.Testing.Activities;

namespace RectifyBot.Bot.Tests.Support;

/// <summary>A review card's buttons as Teams sends them: the Action.Execute invoke (desktop) or its Action.Submit fallback (mobile).</summary>
public static class ReviewButtons
{
    /// <summary>The button's data (verb, author, version; problem for "full text") merged with the comment input.</summary>
    public static JsonObject Data(string verb, string author, int version, string? comment = null, int? problem = null)
    {
        var data = new JsonObject
        {
            ["verb"] = verb,
            [ReviewCard.AuthorKey] = author,
            [ReviewCard.VersionKey] = version.ToString(CultureInfo.InvariantCulture),
        };
        if (comment is not null)
        {
            data[ReviewCard.CommentInput] = comment;
        }

        if (problem is { } p)
        {
            data[ReviewCard.ProblemKey] = p.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    /// <summary>Teams mobile: a message carrying the button's data.</summary>
    public static JsonObject Submit(TeamsActivities who, string verb, string author, int version, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.CardSubmit(Data(verb, author, version, comment));
    }

    /// <summary>Teams desktop: an adaptiveCard/action invoke.</summary>
    public static JsonObject Execute(TeamsActivities who, string verb, string author, int version, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.CardAction(verb, Data(verb, author, version, comment));
    }
}
