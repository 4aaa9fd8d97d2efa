using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;

namespace RectifyBot.Cards.Plans;

/// <summary>
/// What replaces the publish card once a version is published: the confirmation, the version's window and scope and
/// its items, with no button left to press twice.
/// </summary>
public static class PlanPublishedCard
{
    public static AdaptiveCard Build(UserLanguage language, string confirmation, PlanVersion version, Core.Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(version);
        var body = new List<CardElement> { new TextBlock(confirmation) { Weight = TextWeight.Bolder, Color = TextColor.Good } };
        body.AddRange(PlanWords.Heading(language, version));
        body.AddRange(PlanWords.Items(language, version, roster));
        return new AdaptiveCard(body);
    }
}
