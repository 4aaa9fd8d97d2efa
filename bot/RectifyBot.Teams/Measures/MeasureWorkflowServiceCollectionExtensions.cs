using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Notices;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Teams.Measures;

public static class MeasureWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// What both hosts need to change members' measures and tell people: transitions with their notices rendered as
    /// Teams cards, the roster importer with the re-routing of open reviews that follows an import. The host registers
    /// storage (AddRectifyBotStorage) and the delivery queue (AddRectifyBotQueues).
    /// </summary>
    public static IServiceCollection AddRectifyBotMeasureWorkflow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMeasureNotices, MeasureNoticeCards>();
        services.TryAddSingleton<NoticeOutbox>();
        services.TryAddSingleton<MeasureTransitions>();
        services.TryAddSingleton<OpenReviewRerouting>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRosterSwitchFollowUp, OpenReviewRerouting>(sp => sp.GetRequiredService<OpenReviewRerouting>()));
        services.TryAddSingleton(sp => new RosterImporter(
            sp.GetRequiredService<IRosterRepository>(), sp.GetRequiredService<TimeProvider>(), followUps: sp.GetServices<IRosterSwitchFollowUp>()));
        return services;
    }
}
