namespace RectifyBot.Core.Surveys.Teams;

/// <summary>The survey cards written to the outbox, sent and undeliverable; the same for reminders.</summary>
public sealed record SurveyMailingCounts(int Invitations, int InvitationsSent, int InvitationsUndeliverable, int Reminders, int RemindersSent)
{
    public static SurveyMailingCounts None { get; } = new(0, 0, 0, 0, 0);
}
