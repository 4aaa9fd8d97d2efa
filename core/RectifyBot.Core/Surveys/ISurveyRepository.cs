namespace RectifyBot.Core.Surveys;

/// <summary>Surveys, who was asked (participants) and the one-time tokens — never the answers (those are in <see cref="ISurveyBallotBox"/>).</summary>
public interface ISurveyRepository
{
    /// <summary>Stores a new survey with its participants and the hashes of its tokens (with their categories).</summary>
    Task AddAsync(Survey survey, IReadOnlyList<SampledParticipant> participants, IReadOnlyList<IssuedToken> tokens, CancellationToken cancellationToken = default);

    Task<Survey?> FindAsync(string surveyId, CancellationToken cancellationToken = default);

    /// <summary>Every survey (a few per unit: the window-close run and the office's list read them all).</summary>
    Task<IReadOnlyList<Survey>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores what happened to a survey after creation: <see cref="Survey.ClosedAt"/>, <see cref="Survey.Verdict"/>, <see cref="Survey.PublishedAt"/>.</summary>
    Task SaveOutcomeAsync(Survey survey, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Survey>> ForUnitAsync(string unitCode, CancellationToken cancellationToken = default);

    Task<SurveyParticipant?> FindParticipantAsync(string surveyId, string number, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SurveyParticipant>> ParticipantsAsync(string surveyId, CancellationToken cancellationToken = default);

    /// <summary>Marks a Teams participant as answered, conditional on nobody having done it first (a double tap gets AlreadyAnswered).</summary>
    Task<ReplyAcceptance> MarkAnsweredAsync(string surveyId, string number, CancellationToken cancellationToken = default);

    /// <summary>Undoes <see cref="MarkAnsweredAsync"/> when the reply could not be queued, so the person can try again.</summary>
    Task UnmarkAnsweredAsync(string surveyId, string number, CancellationToken cancellationToken = default);

    /// <summary>The category and state of a token by its hash; null for a token never issued.</summary>
    Task<(ParticipantCategory Category, bool Used)?> FindTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Marks a token used, conditional on it being unused (a second use gets TokenUsed).</summary>
    Task<ReplyAcceptance> UseTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Undoes <see cref="UseTokenAsync"/> when the reply could not be queued.</summary>
    Task UnuseTokenAsync(string surveyId, string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every one-time token of the survey with new ones (for a printed sheet: only hashes are stored, so a sheet
    /// needs fresh links) — but only while none was used. False, and nothing replaced, when one was.
    /// </summary>
    Task<bool> ReissueTokensAsync(string surveyId, IReadOnlyList<IssuedToken> tokens, CancellationToken cancellationToken = default);

    /// <summary>Records who entered paper ballots (insert if absent: entering the same form again records nothing new).</summary>
    Task RecordPaperEntryAsync(PaperEntryRecord record, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PaperEntryRecord>> PaperEntriesAsync(string surveyId, CancellationToken cancellationToken = default);
}
