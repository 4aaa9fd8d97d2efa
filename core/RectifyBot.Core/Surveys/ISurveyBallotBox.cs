namespace RectifyBot.Core.Surveys;

/// <summary>
/// The answers of a survey, stored without identity: a reply is first held (with a ballot row that makes a
/// redelivered reply count once), then written out in a shuffled batch (docs/anonymity.md).
/// </summary>
public interface ISurveyBallotBox
{
    /// <summary>Holds an answer under its ballot id. False when that ballot was already counted (nothing is added).</summary>
    Task<bool> HoldAsync(string surveyId, string ballotId, SurveyAnswer answer, CancellationToken cancellationToken = default);

    Task<int> HeldCountAsync(string surveyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every held answer, in shuffled order under new random keys, in place of the held rows — but only when at
    /// least <paramref name="minimum"/> are held as they are read (a concurrent flush may have taken some). Returns how many.
    /// </summary>
    Task<int> FlushAsync(string surveyId, int minimum, CancellationToken cancellationToken = default);

    /// <summary>Written answers no digest has carried yet (suggestion boxes), with their row keys for <see cref="MarkDigestedAsync"/>.</summary>
    Task<IReadOnlyList<KeyValuePair<string, SurveyAnswer>>> UndigestedAsync(string surveyId, CancellationToken cancellationToken = default);

    /// <summary>Marks written answers as carried by a digest.</summary>
    Task MarkDigestedAsync(string surveyId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The written answers (held ones are not results yet).</summary>
    Task<IReadOnlyList<SurveyAnswer>> AnswersAsync(string surveyId, CancellationToken cancellationToken = default);
}
