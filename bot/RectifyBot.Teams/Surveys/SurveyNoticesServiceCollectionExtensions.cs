using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Notices;

namespace RectifyBot.Teams.Surveys;

public static class SurveyNoticesServiceCollectionExtensions
{
    /// <summary>The survey use cases with their notices rendered as Teams cards, and the public links (SurveyWeb:PublicBaseUrl).</summary>
    public static IServiceCollection AddRectifyBotSurveyNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRectifyBotSurveys();
        services.AddOptions<SurveyLinkOptions>().Bind(configuration.GetSection(SurveyLinkOptions.SectionName));
        services.TryAddSingleton<ISurveyNotices, SurveyNoticeCards>();
        return services;
    }
}
