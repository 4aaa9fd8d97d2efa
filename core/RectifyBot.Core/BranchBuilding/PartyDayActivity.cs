namespace RectifyBot.Core.BranchBuilding;

/// <summary>A branch's "best Party day" activity (最佳党日活动, DOMAIN.md §6), with who recorded it and when.</summary>
public sealed record PartyDayActivity(string BranchCode, string Title, DateOnly Date, string Description, string RecordedBy, DateTimeOffset RecordedAt);
