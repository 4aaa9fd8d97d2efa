using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Mechanisms;

namespace RectifyBot.Cards.Mechanisms;

/// <summary>The names of the five mechanisms and their statuses, in the user's language.</summary>
public static class MechanismWords
{
    public static string Kind(UserLanguage language, MechanismKind kind) => CardText.Get(language, "Mechanism_Kind_" + kind);

    public static string Status(UserLanguage language, MechanismStatus status) => CardText.Get(language, "Mechanism_Status_" + status);
}
