namespace RectifyBot.Core.Surveys;

/// <summary>What ingestion did with one queued reply.</summary>
public enum IngestionOutcome
{
    /// <summary>Held, waiting for a batch of at least 5.</summary>
    Held,

    /// <summary>Held and the batch written out.</summary>
    Written,

    /// <summary>The ballot was counted before (a redelivered message): nothing added.</summary>
    Duplicate,

    /// <summary>No such survey: dropped (logged with the survey id only).</summary>
    UnknownSurvey,
}
