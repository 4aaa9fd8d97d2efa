using System.Globalization;
using System.Text;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Reviews;

/// <summary>A review route in words ("审核路径"): whose, the rule, who reviews, and any fallback or override with its reason.</summary>
public static class ReviewRouteText
{
    public static string Describe(UserLanguage language, Person author, ReviewRoute route, Core.Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(roster);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var separator = language == UserLanguage.En ? ", " : "、";
        var text = new StringBuilder()
            .AppendLine(Format("RouteReply_Heading", author.Name, author.Number))
            .AppendLine(CardText.Get(language, ReviewRouter.DescribeKey(route)));
        if (route.Override is { } o)
        {
            var at = ChinaTime.ToChinaTime(o.SetAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.AppendLine(Format("Route_Override", o.Reason, roster.Person(o.SetBy)?.Name ?? o.SetBy, at));
        }
        else if (route.Fallback is { } fallback)
        {
            text.AppendLine(Format("RouteFallback_" + fallback.Reason, roster.Unit(fallback.UnitCode)?.Name ?? fallback.UnitCode ?? ""));
        }

        if (route.Reviewers.Count > 0)
        {
            var names = route.Reviewers.Select(n => roster.Person(n) is { } p ? $"{p.Name}（{p.Number}）" : n);
            text.AppendLine(Format("RouteReply_Reviewers", string.Join(separator, names)));
        }
        else if (!route.ExternalDecision)
        {
            text.AppendLine(CardText.Get(language, "RouteReply_NoReviewer"));
        }

        if (route.ViaOffice && route.Override is null)
        {
            text.AppendLine(CardText.Get(language, "RouteReply_ViaOffice"));
        }

        return text.ToString().TrimEnd();
    }
}
