using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RectifyBot.Core.Surveys;

public static class SurveyServiceCollectionExtensions
{
    /// <summary>The survey use cases; the host registers storage (ISurveyRepository, ISurveyBallotBox) and the reply queue.</summary>
    public static IServiceCollection AddRectifyBotSurveys(this IServiceCollection services)
    {
        services.TryAddTransient<SurveyCreation>();
        services.TryAddTransient<SurveyReplies>();
        services.TryAddTransient<SurveyIngestion>();
        services.TryAddSingleton<SurveyFlushTurns>();
        services.TryAddTransient<SurveyResults>();
        services.TryAddTransient<PaperBallots>();
        services.TryAddTransient<Notices.SurveyNoticeOutbox>();
        services.TryAddTransient<SurveyClosing>();
        services.TryAddTransient<SurveyPublishing>();
        services.TryAddTransient<SuggestionBox>();
        services.TryAddTransient<SuggestionBoxDigest>();
        services.TryAddTransient<SurveyLinkSheet>();
        return services;
    }
}
