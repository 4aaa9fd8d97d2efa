using RectifyBot.Core.Supervision;
using RectifyBot.Storage.Supervision;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Conversations;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Reviews;
using RectifyBot.Storage.Roster;
using RectifyBot.Storage.Stages;
using RectifyBot.Storage.Tables;

using RectifyBot.Core.Identity;
using RectifyBot.Storage.Identity;
using RectifyBot.Core.Measures;
using RectifyBot.Storage.Measures;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Storage.Ledger;
using RectifyBot.Core.Files;
using RectifyBot.Storage.Files;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Surveys;
using RectifyBot.Core.Plans;
using RectifyBot.Storage.Plans;

namespace RectifyBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="StorageOptions"/> (section "Storage"), the table client factory and the Table Storage adapters.</summary>
    public static IServiceCollection AddRectifyBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton<TableClientFactory>();
        services.TryAddSingleton<IConversationAddressBook, TableConversationAddressBook>();
        services.TryAddSingleton<IOutbox, TableOutbox>();
        services.TryAddSingleton<IRosterRepository>(sp => new TableRosterRepository(sp.GetRequiredService<TableClientFactory>()));
        services.TryAddSingleton<IStageCalendarRepository, TableStageCalendarRepository>();
        services.TryAddSingleton<IUnrosteredUsers, TableUnrosteredUsers>();
        services.TryAddSingleton<IWeakBranchFlags, TableWeakBranchFlags>();
        services.TryAddSingleton<IRouteOverrides, TableRouteOverrides>();
        services.TryAddSingleton<IMeasureRepository, TableMeasureRepository>();
        services.TryAddSingleton<ILedgerReader, TableLedgerReader>();
        services.TryAddSingleton<IDueIndex, TableDueIndex>();
        services.TryAddSingleton<IReminderLog, TableReminderLog>();
        services.AddOptions<SendBudgetOptions>()
            .Bind(configuration.GetSection(SendBudgetOptions.SectionName))
            .Validate(o => o.IsValid, "Delivery:Budget needs PerSecond >= 1 and 1 <= ChunkSize <= PerSecond")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISendBudget, TableSendBudget>();
        services.TryAddSingleton<IPendingFiles, TablePendingFiles>();
        services.TryAddSingleton<Core.Supervision.Bulletins.IBulletinFigures, TableBulletinFigures>();
        services.TryAddSingleton<IUnreachableRecipients, TableUnreachableRecipients>();
        services.TryAddSingleton<ISurveyRepository, TableSurveyRepository>();
        services.TryAddSingleton<ISurveyBallotBox, TableSurveyBallotBox>();
        services.TryAddSingleton<ISuggestionBoxQuota, TableSuggestionBoxQuota>();
        services.TryAddSingleton<IPlanRepository, TablePlanRepository>();
        services.TryAddSingleton<IPlanAreaRepository, TablePlanAreaRepository>();
        services.TryAddSingleton<Core.Surveys.Teams.ISurveyMailings, TableSurveyMailings>();
        services.TryAddSingleton<Core.StatusReports.IStatusReportRepository, StatusReports.TableStatusReportRepository>();
        services.TryAddSingleton<Core.Mechanisms.IMechanismRepository, Mechanisms.TableMechanismRepository>();
        services.TryAddSingleton<Core.BranchBuilding.IBranchBuildingRepository, BranchBuilding.TableBranchBuildingRepository>();
        services.TryAddSingleton<Core.Meetings.IMeetingRepository, Meetings.TableMeetingRepository>();
        services.TryAddSingleton<Core.SummaryReports.ISummaryReportStore, SummaryReports.BlobSummaryReportStore>();
        return services;
    }
}
