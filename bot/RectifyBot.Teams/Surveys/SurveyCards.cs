using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Teams.Surveys;

/// <summary>Renders the quick-reply survey card (or its reminder) for the outbox.</summary>
public sealed class SurveyCards : ISurveyCards
{
    public OutgoingMessage Invitation(Survey survey, FeedbackMaterial? material, UserLanguage language, bool reminder) =>
        OutgoingMessage.Card(SurveyInvitationCard.Build(language, survey, reminder, material: material).ToJson());
}
