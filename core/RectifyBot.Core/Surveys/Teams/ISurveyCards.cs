using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;

namespace RectifyBot.Core.Surveys.Teams;

/// <summary>Renders the quick-reply survey card a participant gets (or its reminder) in their language.</summary>
public interface ISurveyCards
{
    /// <param name="survey">The survey.</param>
    /// <param name="material">What a plan's or status report's feedback window is about; null for a satisfaction survey.</param>
    /// <param name="language">The participant's language.</param>
    /// <param name="reminder">The reminder rather than the first card.</param>
    OutgoingMessage Invitation(Survey survey, FeedbackMaterial? material, UserLanguage language, bool reminder);
}
