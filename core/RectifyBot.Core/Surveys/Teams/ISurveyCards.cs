using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;

namespace RectifyBot.Core.Surveys.Teams;

/// <summary>Renders the quick-reply survey card a participant gets (or its reminder) in their language.</summary>
public interface ISurveyCards
{
    OutgoingMessage Invitation(Survey survey, UserLanguage language, bool reminder);
}
