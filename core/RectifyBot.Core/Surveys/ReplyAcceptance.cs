namespace RectifyBot.Core.Surveys;

/// <summary>The outcome of marking a participant or a token as answered: the category to tag the answer with, or the problem.</summary>
public sealed record ReplyAcceptance(SurveyReplyProblem? Problem, ParticipantCategory Category)
{
    public static ReplyAcceptance Refused(SurveyReplyProblem problem) => new(problem, ParticipantCategory.Other);

    public static ReplyAcceptance Accepted(ParticipantCategory category) => new(null, category);

    public bool IsAccepted => Problem is null;
}
