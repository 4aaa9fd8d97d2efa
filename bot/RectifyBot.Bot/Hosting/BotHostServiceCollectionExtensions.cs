using RectifyBot.Bot.Plans;
using RectifyBot.Bot.Surveys;
using RectifyBot.Teams.Plans;
using RectifyBot.Teams.Measures;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Delivery;
using RectifyBot.Core.Delivery;
using RectifyBot.Bot.Errors;
using RectifyBot.Bot.Identity;
using RectifyBot.Bot.Measures;
using RectifyBot.Bot.Files;
using RectifyBot.Bot.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Drafting;
using RectifyBot.Storage.Queues;
using RectifyBot.Bot.Reviews;
using RectifyBot.Bot.Roster;
using RectifyBot.Bot.Stages;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Identity;
using RectifyBot.Storage;
using RectifyBot.Teams.Authentication;
using RectifyBot.Teams.Delivery;
using RectifyBot.Teams.Supervision;
using RectifyBot.Teams.Surveys;

namespace RectifyBot.Bot.Hosting;

public static class BotHostServiceCollectionExtensions
{
    /// <summary>Everything the bot host needs; the one DI entry point of bot/.</summary>
    public static IServiceCollection AddRectifyBotHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddRectifyBotTelemetry(configuration);
        services.AddRectifyBotAuthentication(configuration);
        services.AddRectifyBotStorage(configuration);
        services.AddRectifyBotDelivery(configuration);
        services.AddRectifyBotQueues(configuration);
        services.AddSingleton<Diagnostics.TurnCorrelation>();
        services.AddSingleton<ConversationAddressRecorder>();
        services.AddSingleton<IdentityBinder>();
        services.AddSingleton<RosterBindingMiddleware>();
        services.AddOptions<DemoRosterOptions>().Bind(configuration.GetSection(DemoRosterOptions.SectionName));
        services.AddHostedService<DemoRosterSeeding>();
        services.AddSingleton<TurnErrorReply>();
        services.AddRectifyBotMeasureWorkflow();
        services.AddRectifyBotSupervision(configuration);
        services.AddRectifyBotPlanWorkflow();
        // Teams' downloadUrl is pre-authorized: no token; the reader stops at the size limit.
        services.AddHttpClient(RosterFileImportCommand.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        // Uploads go to the pre-authorized OneDrive URL Teams gives on consent: no token.
        services.AddHttpClient(FileConsentUploads.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<FileConsentOffers>();
        services.AddSingleton<FileConsentUploads>();
        services.AddSingleton<LedgerQuery>();
        services.AddSingleton<RectifyCloudAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<RectifyCloudAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<RectifyCloudAdapter>());
        // Chat commands, in the order they are asked; the first that handles a request answers it.
        services.AddSingleton<IChatCommand, WelcomeCommand>();
        services.AddSingleton<RosterCheck>();
        services.AddSingleton<WeakBranchFlagging>();
        services.AddSingleton<RouteOverrideSetting>();
        services.AddSingleton<StageDatesSetting>();
        services.AddSingleton<MeasureDrafting>();
        services.AddSingleton<MeasureSubmission>();
        services.AddSingleton<ReviewDecisions>();
        services.AddSingleton<OfficeRouting>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<ReviewViewing>();
        services.AddSingleton<LedgerProgress>();
        services.AddSingleton<DraftReplies>();
        services.AddSingleton<SubmissionReplies>();
        services.AddSingleton<DraftSubmitting>();
        services.AddSingleton<IChatCommand, DraftCommand>();
        services.AddSingleton<IChatCommand, MyMeasuresCommand>();
        services.AddSingleton<IChatCommand, ReviewCommand>();
        services.AddSingleton<IChatCommand, RosterCheckCommand>();
        services.AddSingleton<UnreachableRecipientsList>();
        services.AddSingleton<IChatCommand, UnreachableCommand>();
        services.AddTransient<MyReminders>();
        services.AddSingleton<IChatCommand, Supervision.MyRemindersCommand>();
        services.AddSingleton<IChatCommand, FlagWeakBranchCommand>();
        services.AddSingleton<IChatCommand, StageDatesCommand>();
        services.AddSingleton<IChatCommand, SetReviewerCommand>();
        services.AddSingleton<IChatCommand, MyReviewRouteCommand>();
        services.AddSingleton<IChatCommand, RosterTemplateCommand>();
        services.AddSingleton<IChatCommand, RosterFileImportCommand>();
        services.AddSingleton<IChatCommand, RosterCheckExportCommand>();
        services.AddSingleton<IChatCommand, LedgerCommand>();
        services.AddSingleton<IChatCommand, UnitPlansCommand>();
        services.AddSingleton<Core.Plans.Drafting.PlanDrafting>();
        services.AddSingleton<PlanDraftReplies>();
        services.AddSingleton<IChatCommand, PlanDraftCommand>();
        services.AddSingleton<Core.Plans.PlanAreaEditing>();
        services.AddSingleton<IChatCommand, PlanAreasCommand>();
        services.AddRectifyBotSurveyChat(configuration);
        services.AddRectifyBotSurveyNotices(configuration);
        services.AddSingleton<IChatCommand, Surveys.SurveyResultsCommand>();
        services.AddSingleton<IChatCommand, Surveys.SuggestionBoxCommand>();
        services.AddSingleton<IChatCommand, Surveys.SurveyLinkSheetCommand>();
        services.AddSingleton<IChatCommand, Surveys.PaperBallotsCommand>();
        services.AddSingleton<Core.Mechanisms.MechanismRegister>();
        services.AddSingleton<IChatCommand, Mechanisms.MechanismsCommand>();
        services.AddSingleton<Core.BranchBuilding.BranchBuildingDesk>();
        services.AddSingleton<IChatCommand, BranchBuilding.BranchBuildingCommand>();
        services.AddSingleton<IChatCommand, BranchBuilding.PartyDayCommand>();

        services.AddSingleton<Core.Meetings.MeetingRecording>();
        services.AddSingleton<IChatCommand, Meetings.MeetingsCommand>();

        services.AddSingleton<Core.SummaryReports.SummaryReportDrafting>();
        services.AddSingleton<Core.SummaryReports.SummaryReportSubmitting>();
        services.AddSingleton<IChatCommand, SummaryReports.SummaryReportCommand>();

        // Last: typed text that no command claims answers the draft's current question.
        // (the plan's typed answers first when the person touched their unit's plan draft last, else the measure's)
        services.AddSingleton<DraftTypedAnswerCommand>();
        services.AddSingleton<IChatCommand, PlanTypedAnswerCommand>();
        services.AddTransient<IBot, RectifyBotActivityHandler>();
        return services;
    }
}
