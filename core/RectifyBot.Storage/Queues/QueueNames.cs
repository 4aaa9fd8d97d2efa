namespace RectifyBot.Storage.Queues;

/// <summary>Queue names shared by the producers (this project) and the queue-triggered functions.</summary>
public static class QueueNames
{
    /// <summary>Outbox message ids to deliver; consumed by the SendOutboxMessage function.</summary>
    public const string OutboxSend = "outbox-send";

    /// <summary>The poison queue of <see cref="OutboxSend"/>; consumed by the RecordPoisonedOutboxMessage function.</summary>
    public const string OutboxSendPoison = OutboxSend + "-poison";

    /// <summary>Accepted survey replies, without identity; consumed by the IngestSurveyReply function.</summary>
    public const string SurveyReplies = "survey-replies";

    /// <summary>New surveys whose cards are to be sent; consumed by the SendSurveyInvitations function.</summary>
    public const string SurveyInvitations = "survey-invitations";

    /// <summary>Where the Functions host moves a message after maxDequeueCount failed attempts: <c>&lt;queue&gt;-poison</c>.</summary>
    public static string PoisonOf(string queueName) => queueName + "-poison";

    /// <summary>
    /// The queue's name with an optional prefix (tests isolate themselves with one). The prefix must be empty
    /// wherever the real Functions host runs, because its triggers name their queues literally.
    /// </summary>
    public static string Qualify(string? prefix, string queueName) =>
        string.IsNullOrEmpty(prefix) ? queueName : $"{prefix.TrimEnd('-')}-{queueName}";
}
