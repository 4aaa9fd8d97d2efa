using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Plans.Notices;

namespace RectifyBot.Teams.Plans;

public static class PlanWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// What both hosts need to move units' plans on and tell people: the plan actions with their notices rendered as
    /// Teams cards. The feedback windows (<see cref="IPlanFeedback"/>) come from the survey side
    /// (<c>AddRectifyBotSurveysInTeams</c>); the host registers storage and the delivery queue.
    /// </summary>
    public static IServiceCollection AddRectifyBotPlanWorkflow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPlanNotices, PlanNoticeCards>();
        services.TryAddSingleton<PlanNoticeOutbox>();
        services.TryAddSingleton<PlanTransitions>();
        services.TryAddSingleton<PlanActions>();
        services.TryAddSingleton<Core.Ledger.Views.LedgerQuery>();
        services.TryAddSingleton<Core.StatusReports.IStatusNotices, StatusReports.StatusNoticeCards>();
        services.TryAddSingleton<Core.StatusReports.StatusPublishing>();
        return services;
    }
}
