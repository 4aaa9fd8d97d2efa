namespace RectifyBot.Functions.Health;

public sealed record HealthStatus(string Status);
