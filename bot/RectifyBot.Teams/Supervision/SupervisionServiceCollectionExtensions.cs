using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Supervision.Sources;

namespace RectifyBot.Teams.Supervision;

public static class SupervisionServiceCollectionExtensions
{
    /// <summary>
    /// Supervision for both hosts: the options (section "Supervision"), the index written before each measure and plan transition,
    /// the obligation sources, the sweep, the reconciliation and the digest cards. The host registers storage.
    /// </summary>
    public static IServiceCollection AddRectifyBotSupervision(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupervisionOptions>().Bind(configuration.GetSection(SupervisionOptions.SectionName));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SupervisionOptions>>().Value);
        services.TryAddSingleton<SupervisionIndexing>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMeasureChangeObserver, SupervisionIndexing>(sp => sp.GetRequiredService<SupervisionIndexing>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Core.Plans.IPlanChangeObserver, SupervisionIndexing>(sp => sp.GetRequiredService<SupervisionIndexing>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, LedgerDeadlineSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, LedgerMilestoneSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, UnsubmittedMeasuresSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, PendingReviewSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, UnacknowledgedFilingSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, UntakenCoordinationSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, SummaryReportSource>());
        services.TryAddSingleton<ISupervisionCards, SupervisionCards>();
        services.TryAddTransient<SupervisionSweep>();
        services.TryAddTransient<SupervisionReconciliation>();
        services.TryAddTransient<Core.Supervision.Bulletins.WeeklyBulletins>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, MissingMechanismsSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Core.Mechanisms.IMechanismChangeObserver, MechanismIndexing>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IObligationSource, BranchBuildingSource>());
        return services;
    }
}
