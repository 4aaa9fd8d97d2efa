using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Surveys.Teams;

/// <summary>
/// The survey cards and reminders sent to participants in Teams: outbox rows of their own partition per survey (so
/// the organiser's progress card counts them in one query), and the once-per-survey reminder. Holds no answer.
/// </summary>
public interface ISurveyMailings
{
    OutboxMessageId InvitationId(string surveyId, string number);

    OutboxMessageId ReminderId(string surveyId, string number);

    /// <summary>Adds the outbox rows; a row that already exists (a retried fan-out) is left as it is. Returns how many were new.</summary>
    Task<int> AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>How the survey's cards and reminders stand (counts only).</summary>
    Task<SurveyMailingCounts> CountAsync(string surveyId, CancellationToken cancellationToken = default);

    /// <summary>How many of the survey's one-time links were used.</summary>
    Task<int> UsedLinksAsync(string surveyId, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="byNumber"/> reminded the non-respondents; false when the survey's reminder was already sent (once per survey).</summary>
    Task<bool> TryRecordReminderAsync(string surveyId, string byNumber, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Who sent the survey's reminder and when; null before it was sent.</summary>
    Task<(string ByNumber, DateTimeOffset At)?> ReminderAsync(string surveyId, CancellationToken cancellationToken = default);

    /// <summary>Sets the participants' Reminded flag.</summary>
    Task MarkRemindedAsync(string surveyId, IReadOnlyList<string> numbers, CancellationToken cancellationToken = default);

    /// <summary>Every survey (the office oversees all; an organiser's list is filtered from it).</summary>
    Task<IReadOnlyList<Survey>> AllSurveysAsync(CancellationToken cancellationToken = default);
}
