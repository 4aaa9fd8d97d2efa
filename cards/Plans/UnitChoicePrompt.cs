namespace RectifyBot.Cards.Plans;

/// <summary>What a unit choice is for: its title, hint and button (resource keys), and the verb and data key the chosen unit's code comes back with.</summary>
public sealed record UnitChoicePrompt(string TitleKey, string HintKey, string ButtonKey, string Verb, string UnitKey);
