namespace RectifyBot.Core.Surveys;

/// <summary>An optional extra question, answered on the same four-point scale as the main one.</summary>
/// <param name="Id">Short id used as the answer's key (<c>q1</c>, <c>q2</c>, …).</param>
/// <param name="Text">The question as respondents read it.</param>
public sealed record SurveyQuestion(string Id, string Text);
