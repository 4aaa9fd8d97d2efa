using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RectifyBot.Core.Surveys.Teams;

public static class SurveyTeamsServiceCollectionExtensions
{
    /// <summary>The Teams side of surveys (fan-out, reminders, progress); the host registers ISurveyMailings and ISurveyCards.</summary>
    public static IServiceCollection AddRectifyBotSurveysInTeams(this IServiceCollection services)
    {
        services.AddRectifyBotSurveys();
        services.TryAddTransient<TeamsReach>();
        services.TryAddTransient<SurveyFanOut>();
        services.TryAddTransient<SurveyProgressReport>();
        return services;
    }
}
