namespace RectifyBot.Cards.Reviews;

/// <summary>"待我审核": everything awaiting the viewer, in any order (the card sorts oldest first), and the time now (days waiting count in China Standard Time).</summary>
public sealed record MyReviewsView(IReadOnlyList<MyReviewsItem> Items, DateTimeOffset Now);
