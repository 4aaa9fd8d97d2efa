namespace RectifyBot.Cards.Model;

/// <summary>One option of an Input.ChoiceSet: what the person sees and the value that comes back.</summary>
public sealed record Choice(string Title, string Value);
