namespace RectifyBot.Core.BranchBuilding;

/// <summary>A best Party-day activity as typed (the date "yyyy-MM-dd" as a card's date input sends it); untrusted.</summary>
public sealed record PartyDayInput(string? BranchCode, string? Title, string? Date, string? Description);
