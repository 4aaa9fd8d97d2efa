using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

/// <summary>In-memory surveys, participants, tokens and reply queue for the use-case tests (storage has its own tests on Azurite).</summary>
internal sealed class InMemorySurveys : ISurveyRepository, ISurveyReplyQueue
{
    private readonly Dictionary<string, Survey> _surveys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), SurveyParticipant> _participants = [];
    private readonly Dictionary<(string, string), (ParticipantCategory Category, bool Used)> _tokens = [];

    public List<SurveyReply> Queued { get; } = [];

    public List<PaperEntryRecord> PaperEntries { get; } = [];

    public bool QueueFails { get; set; }

    public Task AddAsync(Survey survey, IReadOnlyList<SampledParticipant> participants, IReadOnlyList<IssuedToken> tokens, CancellationToken cancellationToken = default)
    {
        _surveys.Add(survey.Id, survey);
        foreach (var p in participants)
        {
            _participants[(survey.Id, p.Number)] = new SurveyParticipant(p.Number, p.Category, p.Channel, false, false);
        }

        foreach (var t in tokens)
        {
            _tokens[(survey.Id, SurveyToken.Hash(t.Token))] = (t.Category, false);
        }

        return Task.CompletedTask;
    }

    public Task<Survey?> FindAsync(string surveyId, CancellationToken cancellationToken = default) => Task.FromResult(_surveys.GetValueOrDefault(surveyId));

    public Task<IReadOnlyList<Survey>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Survey>>([.. _surveys.Values]);

    public Task SaveOutcomeAsync(Survey survey, CancellationToken cancellationToken = default)
    {
        _surveys[survey.Id] = _surveys[survey.Id] with { PublishedAt = survey.PublishedAt, ClosedAt = survey.ClosedAt, Verdict = survey.Verdict };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Survey>> ForUnitAsync(string unitCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Survey>>(_surveys.Values.Where(s => s.UnitCode == unitCode).ToList());

    public Task<SurveyParticipant?> FindParticipantAsync(string surveyId, string number, CancellationToken cancellationToken = default) =>
        Task.FromResult(_participants.GetValueOrDefault((surveyId, number)));

    public Task<IReadOnlyList<SurveyParticipant>> ParticipantsAsync(string surveyId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SurveyParticipant>>(_participants.Where(p => p.Key.Item1 == surveyId).Select(p => p.Value).ToList());

    public Task<ReplyAcceptance> MarkAnsweredAsync(string surveyId, string number, CancellationToken cancellationToken = default)
    {
        if (!_participants.TryGetValue((surveyId, number), out var p))
        {
            return Task.FromResult(ReplyAcceptance.Refused(SurveyReplyProblem.NotAsked));
        }

        if (p.Answered)
        {
            return Task.FromResult(ReplyAcceptance.Refused(SurveyReplyProblem.AlreadyAnswered));
        }

        _participants[(surveyId, number)] = p with { Answered = true };
        return Task.FromResult(ReplyAcceptance.Accepted(p.Category));
    }

    public Task UnmarkAnsweredAsync(string surveyId, string number, CancellationToken cancellationToken = default)
    {
        _participants[(surveyId, number)] = _participants[(surveyId, number)] with { Answered = false };
        return Task.CompletedTask;
    }

    public Task<(ParticipantCategory Category, bool Used)?> FindTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(_tokens.TryGetValue((surveyId, tokenHash), out var t) ? t : ((ParticipantCategory, bool)?)null);

    public Task<ReplyAcceptance> UseTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default)
    {
        if (!_tokens.TryGetValue((surveyId, tokenHash), out var t))
        {
            return Task.FromResult(ReplyAcceptance.Refused(SurveyReplyProblem.UnknownToken));
        }

        if (t.Used)
        {
            return Task.FromResult(ReplyAcceptance.Refused(SurveyReplyProblem.TokenUsed));
        }

        _tokens[(surveyId, tokenHash)] = (t.Category, true);
        return Task.FromResult(ReplyAcceptance.Accepted(t.Category));
    }

    public Task UnuseTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default)
    {
        _tokens[(surveyId, tokenHash)] = (_tokens[(surveyId, tokenHash)].Category, false);
        return Task.CompletedTask;
    }

    public Task<bool> ReissueTokensAsync(string surveyId, IReadOnlyList<IssuedToken> tokens, CancellationToken cancellationToken = default)
    {
        var old = _tokens.Where(t => t.Key.Item1 == surveyId).ToList();
        if (old.Any(t => t.Value.Used))
        {
            return Task.FromResult(false);
        }

        old.ForEach(t => _tokens.Remove(t.Key));
        foreach (var token in tokens)
        {
            _tokens[(surveyId, SurveyToken.Hash(token.Token))] = (token.Category, false);
        }

        return Task.FromResult(true);
    }

    public Task RecordPaperEntryAsync(PaperEntryRecord record, CancellationToken cancellationToken = default)
    {
        if (!PaperEntries.Any(e => e.SurveyId == record.SurveyId && e.EntryId == record.EntryId))
        {
            PaperEntries.Add(record);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PaperEntryRecord>> PaperEntriesAsync(string surveyId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PaperEntryRecord>>(PaperEntries.Where(e => e.SurveyId == surveyId).ToList());

    public Task EnqueueAsync(SurveyReply reply, CancellationToken cancellationToken = default)
    {
        if (QueueFails)
        {
            throw new InvalidOperationException("queue down");
        }

        Queued.Add(reply);
        return Task.CompletedTask;
    }
}
