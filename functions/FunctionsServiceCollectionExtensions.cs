using RectifyBot.Teams.Plans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys.Teams;
using RectifyBot.Functions.Delivery;
using RectifyBot.Functions.Surveys;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using RectifyBot.Storage;
using RectifyBot.Storage.Queues;
using RectifyBot.Teams.Authentication;
using RectifyBot.Teams.Delivery;
using RectifyBot.Teams.Installation;
using RectifyBot.Teams.Measures;
using RectifyBot.Teams.Supervision;
using RectifyBot.Teams.Surveys;

namespace RectifyBot.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Everything the function classes need; used by the Functions worker (Program.cs) and by the development runner.</summary>
    public static IServiceCollection AddRectifyBotFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddRectifyBotQueues(configuration);
        services.AddOptions<RequeueUnsentOutboxOptions>().Bind(configuration.GetSection(RequeueUnsentOutboxOptions.SectionName));
        services.AddRectifyBotAuthentication(configuration);
        services.AddRectifyBotStorage(configuration);
        // Proactive sends use the same Bot Framework identity as the bot; this host receives no activities.
        services.TryAddSingleton(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        services.AddRectifyBotDelivery(configuration);
        services.TryAddTransient<IOutboxDelivery>(sp => sp.GetRequiredService<OutboxDelivery>());
        services.TryAddTransient<UnsentOutboxSweep>();
        services.TryAddTransient<OutboxGiveUp>();
        services.AddRectifyBotMeasureWorkflow();
        services.AddRectifyBotSupervision(configuration);
        services.AddRectifyBotAppInstallation(configuration);
        services.AddRectifyBotPlanWorkflow();
        services.TryAddSingleton<RosterCheck>();
        services.AddRectifyBotSurveysInTeams();
        services.TryAddSingleton<ISurveyCards, SurveyCards>();
        services.AddRectifyBotSurveyNotices(configuration);
        services.AddOptions<SurveyWebOptions>().Bind(configuration.GetSection(SurveyWebOptions.SectionName));
        services.TryAddSingleton<SurveyFormToken>();
        return services;
    }
}
