using RectifyBot.Bot.Conversations;
using RectifyBot.Core.Surveys.Teams;
using RectifyBot.Teams.Surveys;

namespace RectifyBot.Bot.Surveys;

public static class SurveyChatServiceCollectionExtensions
{
    /// <summary>
    /// Surveys in the bot host (issue 6): the survey use cases, the Teams fan-out and its card renderer, and the chat
    /// commands (new survey, the participant's one tap, progress / my surveys). Storage and queues come from the host.
    /// </summary>
    public static IServiceCollection AddRectifyBotSurveyChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRectifyBotSurveysInTeams();
        services.AddOptions<Core.Surveys.SurveyLinkOptions>().Bind(configuration.GetSection(Core.Surveys.SurveyLinkOptions.SectionName));
        services.AddSingleton<CreatedSurveyLinksFile>();
        services.AddSingleton<FeedbackOpeningNotice>();
        services.AddSingleton<ISurveyCards, SurveyCards>();
        services.AddSingleton<IChatCommand, NewSurveyCommand>();
        services.AddSingleton<IChatCommand, SurveyAnswerCommand>();
        services.AddSingleton<IChatCommand, SurveyProgressCommand>();
        return services;
    }
}
