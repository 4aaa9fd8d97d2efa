namespace RectifyBot.Core.Roster;

/// <summary>A person's one administrative post: head or deputy of a department or directly affiliated unit.</summary>
public sealed record AdministrativePost(string UnitCode, PostRank Rank);
