using System.Globalization;
using System.Security.Cryptography;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// Creates a unit's survey: checks the organiser and the request, draws a fresh seed, samples the roster, issues
/// one-time links for people without Teams and unnamed links for service recipients, and stores it all.
/// </summary>
public sealed class SurveyCreation(ISurveyRepository surveys, TimeProvider time)
{
    public Task<SurveyCreated> CreateAsync(Roster.Roster roster, Roster.Person organiser, SurveyRequest request, CancellationToken cancellationToken = default) =>
        CreateAsync(roster, organiser, request, reachableInTeams: null, cancellationToken);

    /// <summary>
    /// As above; <paramref name="reachableInTeams"/> is asked, with the sampled people who have a Teams account, which of
    /// them the bot can message (it has their conversation address) and returns their numbers: the others are reached
    /// like people without Teams, by a one-time link. Null: everyone with a Teams account counts as reachable.
    /// </summary>
    public async Task<SurveyCreated> CreateAsync(
        Roster.Roster roster,
        Roster.Person organiser,
        SurveyRequest request,
        Func<IReadOnlyList<Roster.Person>, CancellationToken, Task<IReadOnlySet<string>>>? reachableInTeams,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(organiser);
        ArgumentNullException.ThrowIfNull(request);
        var unit = roster.Unit(request.UnitCode);
        if (unit is null)
        {
            return SurveyCreated.Refused(SurveyRequestProblem.UnknownUnit);
        }

        if (!SurveyOrganisers.CanOrganise(organiser, unit.Code))
        {
            return SurveyCreated.Refused(SurveyRequestProblem.NotAllowed);
        }

        if (Check(request) is { } problem)
        {
            return SurveyCreated.Refused(problem);
        }

        var now = time.GetUtcNow();
        var window = SurveyWindow.FromChinaDates(request.FirstDay, request.LastDay);
        if (window.HasClosedAt(now))
        {
            return SurveyCreated.Refused(SurveyRequestProblem.WindowInThePast);
        }

        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
        var sample = SurveySampler.Sample(roster, unit.Code, request.Quotas, seed);
        var recipients = request.Quotas.Where(q => q.Category == ParticipantCategory.ServiceRecipient).Sum(q => q.Count);
        if (sample.Participants.Count == 0 && recipients == 0)
        {
            return SurveyCreated.Refused(SurveyRequestProblem.NobodyToAsk);
        }

        var participants = sample.Participants;
        if (reachableInTeams is not null)
        {
            var withTeams = participants.Where(p => p.Channel == ReplyChannel.Teams).Select(p => roster.Person(p.Number)).OfType<Roster.Person>().ToList();
            var reachable = await reachableInTeams(withTeams, cancellationToken).ConfigureAwait(false);
            participants = [.. participants.Select(p => p.Channel == ReplyChannel.Teams && !reachable.Contains(p.Number) ? p with { Channel = ReplyChannel.Link } : p)];
        }

        var tokens = participants.Where(p => p.Channel == ReplyChannel.Link)
            .Select(p => new IssuedToken(SurveyToken.New(), p.Category, p.Number))
            .Concat(Enumerable.Range(0, recipients).Select(_ => new IssuedToken(SurveyToken.New(), ParticipantCategory.ServiceRecipient, null)))
            .ToList();
        var asked = participants.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.Count());
        if (recipients > 0)
        {
            asked[ParticipantCategory.ServiceRecipient] = recipients;
        }

        var survey = new Survey
        {
            Id = NewId(unit.Code, ChinaTime.DateOf(now)),
            UnitCode = unit.Code,
            UnitName = unit.Name,
            Window = window,
            ExtraQuestions = request.ExtraQuestions.Select((text, i) => new SurveyQuestion("q" + (i + 1).ToString(CultureInfo.InvariantCulture), text.Trim())).ToList(),
            Quotas = request.Quotas,
            Seed = seed,
            AskedCounts = asked,
            CreatedByNumber = organiser.Number,
            CreatedAt = now,
        };
        await surveys.AddAsync(survey, participants, tokens, cancellationToken).ConfigureAwait(false);
        return new SurveyCreated(null, survey, participants, tokens, sample.Shortfalls);
    }

    private static SurveyRequestProblem? Check(SurveyRequest request)
    {
        if (request.LastDay < request.FirstDay)
        {
            return SurveyRequestProblem.WindowInvalid;
        }

        if (request.Quotas.Any(q => q.Count < 0 || q.Category == ParticipantCategory.Other) || request.Quotas.Sum(q => q.Count) == 0)
        {
            return SurveyRequestProblem.NoQuota;
        }

        if (request.Quotas.Any(q => q.Count > SurveyLimits.MaxQuota))
        {
            return SurveyRequestProblem.QuotaTooLarge;
        }

        if (request.ExtraQuestions.Count > SurveyLimits.MaxExtraQuestions)
        {
            return SurveyRequestProblem.TooManyQuestions;
        }

        return request.ExtraQuestions.Any(q => string.IsNullOrWhiteSpace(q) || q.Trim().Length > SurveyLimits.QuestionMaxLength)
            ? SurveyRequestProblem.QuestionTooLong
            : null;
    }

    /// <summary>"{unit}-{yyyyMMdd}-{6 hex}": readable in logs, unique, safe as a table key for a TableKeys-checked unit code.</summary>
    private static string NewId(string unitCode, DateOnly day) =>
        unitCode + "-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
}
