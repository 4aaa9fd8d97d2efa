namespace RectifyBot.Core.Surveys;

/// <summary>Hands an accepted reply to the one ingestion function (queue <c>survey-replies</c>).</summary>
public interface ISurveyReplyQueue
{
    Task EnqueueAsync(SurveyReply reply, CancellationToken cancellationToken = default);
}
