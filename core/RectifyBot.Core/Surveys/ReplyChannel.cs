namespace RectifyBot.Core.Surveys;

/// <summary>How a sampled person is reached: a Teams card, or a one-time link (printed with a QR code) for people without Teams.</summary>
public enum ReplyChannel
{
    Teams,
    Link,
}
