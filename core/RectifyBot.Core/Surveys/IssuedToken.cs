namespace RectifyBot.Core.Surveys;

/// <summary>
/// A one-time link handed out when a survey is created. <see cref="Number"/> is set for a roster person without
/// Teams (for the printable sheet the organiser hands out) and is never stored with the token; unnamed links for
/// service recipients have none.
/// </summary>
public sealed record IssuedToken(string Token, ParticipantCategory Category, string? Number);
