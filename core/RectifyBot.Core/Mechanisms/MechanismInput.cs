namespace RectifyBot.Core.Mechanisms;

/// <summary>A mechanism as typed on the card (or a typed command): every value untrusted until <see cref="MechanismRegister"/> checks it.</summary>
public sealed record MechanismInput(string? UnitCode, string? Kind, string? Status, string? Document, string? Link);
