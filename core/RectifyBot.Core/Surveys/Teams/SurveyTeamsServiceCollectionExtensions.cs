using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RectifyBot.Core.Surveys.Teams;

public static class SurveyTeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams side of surveys (fan-out, reminders, progress) and the feedback windows of plans and status reports;
    /// the host registers ISurveyMailings and ISurveyCards.
    /// </summary>
    public static IServiceCollection AddRectifyBotSurveysInTeams(this IServiceCollection services)
    {
        services.AddRectifyBotSurveys();
        services.TryAddTransient<TeamsReach>();
        services.TryAddTransient<SurveyFanOut>();
        services.TryAddTransient<SurveyProgressReport>();

        // Plans' and status reports' feedback windows are surveys of their whole scope.
        services.TryAddTransient<Plans.Feedback.FeedbackMaterials>();
        services.TryAddTransient<Plans.Feedback.IPlanFeedback, Feedback.FeedbackSurveys>();
        return services;
    }
}
