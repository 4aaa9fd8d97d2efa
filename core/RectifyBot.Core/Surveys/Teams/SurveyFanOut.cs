using Microsoft.Extensions.Logging;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys.Teams;

/// <summary>
/// Sends a survey's quick-reply cards to every participant reached in Teams, and (once per survey, by its organiser)
/// a reminder to those who have not answered: outbox rows first (insert if absent, so a retried fan-out sends
/// nothing twice), then their ids on the sending queue, whose function takes each send's slot from the global send
/// budget (docs/delivery.md). A lost enqueue is picked up by the outbox sweep. Logs name the survey and counts only.
/// </summary>
public sealed partial class SurveyFanOut(
    ISurveyRepository surveys,
    ISurveyMailings mailings,
    ISurveyCards cards,
    IDeliveryQueue queue,
    TeamsReach reach,
    IRosterRepository rosters,
    FeedbackMaterials materials,
    TimeProvider time,
    ILogger<SurveyFanOut> logger)
{
    private const int EnqueueRuns = 16;

    /// <summary>Writes and enqueues the survey cards of the participants reached in Teams; returns how many were new.</summary>
    public async Task<int> SendInvitationsAsync(
        Survey survey, IReadOnlyList<SampledParticipant> participants, Roster.Roster roster, IReadOnlyDictionary<string, ConversationAddress> addresses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(participants);
        var numbers = participants.Where(p => p.Channel == ReplyChannel.Teams).Select(p => p.Number).ToList();
        var material = await materials.ForSurveyAsync(survey, cancellationToken).ConfigureAwait(false);
        var messages = Messages(survey, material, numbers, roster, addresses, reminder: false).Select(m => m.Message).ToList();
        var added = await mailings.AddAsync(messages, cancellationToken).ConfigureAwait(false);
        await EnqueueAsync(survey.Id, messages).ConfigureAwait(false);
        LogInvitations(logger, survey.Id, messages.Count, added);
        return added;
    }

    /// <summary>
    /// The queued fan-out of a created survey (the SendSurveyInvitations function): its Teams participants' cards, with
    /// their addresses as they are now. Run again (a redelivered message), it adds nothing. Returns how many were new.
    /// </summary>
    public async Task<int> SendInvitationsAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var survey = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            LogUnknownSurvey(logger, surveyId);
            return 0;
        }

        var participants = (await surveys.ParticipantsAsync(survey.Id, cancellationToken).ConfigureAwait(false))
            .Where(p => p.Channel == ReplyChannel.Teams)
            .Select(p => new SampledParticipant(p.Number, p.Category, p.Channel))
            .ToList();
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var addresses = await reach.FindAsync(participants.Select(p => roster.Person(p.Number)).OfType<Person>(), cancellationToken).ConfigureAwait(false);
        return await SendInvitationsAsync(survey, participants, roster, addresses, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reminds the Teams participants who have not answered, once per survey, while the window is open.</summary>
    public async Task<SurveyReminderOutcome> RemindAsync(Person organiser, string surveyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        var survey = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return SurveyReminderOutcome.UnknownSurvey;
        }

        if (!SurveyOrganisers.CanOrganise(organiser, survey))
        {
            return SurveyReminderOutcome.NotAllowed;
        }

        var now = time.GetUtcNow();
        if (!survey.Window.IsOpenAt(now))
        {
            return SurveyReminderOutcome.WindowNotOpen;
        }

        if (await mailings.ReminderAsync(survey.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return SurveyReminderOutcome.AlreadyReminded;
        }

        // Rows first (their ids make them once per person), the record last: a crash in between is finished by the
        // next press (and the outbox sweep), and two concurrent presses write the same rows.
        var waiting = (await surveys.ParticipantsAsync(survey.Id, cancellationToken).ConfigureAwait(false))
            .Where(p => p.Channel == ReplyChannel.Teams && !p.Answered && !p.Reminded)
            .Select(p => p.Number).ToList();
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var addresses = await reach.FindAsync(waiting.Select(roster.Person).OfType<Person>(), cancellationToken).ConfigureAwait(false);
        var material = await materials.ForSurveyAsync(survey, cancellationToken).ConfigureAwait(false);
        var reminders = Messages(survey, material, waiting, roster, addresses, reminder: true);
        var messages = reminders.Select(m => m.Message).ToList();
        await mailings.AddAsync(messages, cancellationToken).ConfigureAwait(false);
        await mailings.MarkRemindedAsync(survey.Id, [.. reminders.Select(m => m.Number)], cancellationToken).ConfigureAwait(false);
        var first = await mailings.TryRecordReminderAsync(survey.Id, organiser.Number, now, cancellationToken).ConfigureAwait(false);
        await EnqueueAsync(survey.Id, messages).ConfigureAwait(false);
        if (!first)
        {
            return SurveyReminderOutcome.AlreadyReminded;
        }

        LogReminders(logger, survey.Id, messages.Count);
        return SurveyReminderOutcome.Sent;
    }

    private List<(string Number, OutboxMessage Message)> Messages(Survey survey, FeedbackMaterial? material, IEnumerable<string> numbers, Roster.Roster roster, IReadOnlyDictionary<string, ConversationAddress> addresses, bool reminder)
    {
        var rendered = new Dictionary<UserLanguage, OutgoingMessage>();
        var now = time.GetUtcNow();
        var messages = new List<(string, OutboxMessage)>();
        foreach (var number in numbers)
        {
            if (roster.Person(number)?.AadObjectId is not { Length: > 0 } aad || !addresses.TryGetValue(number, out var address))
            {
                continue;
            }

            var language = UserLanguages.FromLocale(address.Locale);
            if (!rendered.TryGetValue(language, out var card))
            {
                card = rendered[language] = cards.Invitation(survey, material, language, reminder);
            }

            messages.Add((number, new OutboxMessage
            {
                Id = reminder ? mailings.ReminderId(survey.Id, number) : mailings.InvitationId(survey.Id, number),
                RecipientAadObjectId = aad,
                Message = card,
                Cause = (reminder ? "survey reminder " : "survey ") + survey.Id,
                CreatedAt = now,
            }));
        }

        return messages;
    }

    /// <summary>Enqueues in a few parallel runs (thousands of ids within the organiser's turn); a run stops at its first failure.</summary>
    private async Task EnqueueAsync(string surveyId, List<OutboxMessage> messages)
    {
        var runSize = Math.Max(1, (messages.Count + EnqueueRuns - 1) / EnqueueRuns);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(messages.Chunk(runSize), new ParallelOptions { MaxDegreeOfParallelism = EnqueueRuns }, async (run, _) =>
        {
            if (await queue.TryEnqueueAllAsync(run).ConfigureAwait(false) is { } failure)
            {
                failures.Add(failure.Error);
            }
        }).ConfigureAwait(false);
        foreach (var error in failures.Distinct(StringComparer.Ordinal))
        {
            LogEnqueueFailed(logger, surveyId, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId}: {Count} survey cards for Teams ({Added} new) written and enqueued")]
    private static partial void LogInvitations(ILogger logger, string surveyId, int count, int added);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey {SurveyId} to send cards for does not exist; nothing sent")]
    private static partial void LogUnknownSurvey(ILogger logger, string surveyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId}: {Count} reminders written and enqueued")]
    private static partial void LogReminders(ILogger logger, string surveyId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey {SurveyId}: enqueueing its cards stopped ({Error}); the outbox sweep enqueues the rest")]
    private static partial void LogEnqueueFailed(ILogger logger, string surveyId, string error);
}
