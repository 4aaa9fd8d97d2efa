namespace RectifyBot.Core.Supervision;

/// <summary>"Look at this obligation on this China Standard Time day": a row of the due-date index.</summary>
public sealed record DueIndexRow(DateOnly Day, string Kind, string SubjectId);
