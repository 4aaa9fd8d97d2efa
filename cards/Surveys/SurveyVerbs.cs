namespace RectifyBot.Cards.Surveys;

/// <summary>The verbs and data keys of the survey cards (Action.Execute, or its Action.Submit fallback on mobile).</summary>
public static class SurveyVerbs
{
    /// <summary>A participant's one tap on the survey card.</summary>
    public const string Answer = "survey/answer";

    /// <summary>The organiser's "create" on the new-survey form.</summary>
    public const string Create = "survey/create";

    /// <summary>The progress card: open or refresh it (also the card's automatic refresh).</summary>
    public const string Progress = "survey/progress";

    /// <summary>"Remind non-respondents" on the progress card (once per survey).</summary>
    public const string Remind = "survey/remind";

    public const string SurveyKey = "survey";

    public const string ChoiceKey = "choice";

    public const string OpinionId = "opinion";

    /// <summary>The input id of an extra question's answer: <c>extra_q1</c>, …</summary>
    public static string ExtraId(string questionId) => "extra_" + questionId;
}
