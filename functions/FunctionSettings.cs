namespace RectifyBot.Functions;

/// <summary>Names of app settings the trigger attributes refer to (the Functions host resolves them, not this code).</summary>
public static class FunctionSettings
{
    /// <summary>
    /// The queue triggers' connection: the host's own storage setting, which every Function App has and which the
    /// scale controller understands. Point it at the same account as "Storage:ConnectionString" (the producers').
    /// </summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>Six-field CRON, UTC, for the outbox sweep; "0 */5 * * * *" in local.settings.json.example.</summary>
    public const string RequeueUnsentOutboxSchedule = "%Schedules:RequeueUnsentOutbox%";

    /// <summary>Six-field CRON, UTC, for the daily re-route of open reviews after roster changes; "0 30 0 * * *" (08:30 CST).</summary>
    public const string RerouteOpenReviewsSchedule = "%Schedules:RerouteOpenReviews%";

    /// <summary>Six-field CRON, UTC, for the daily supervision digests; "0 0 1 * * *" (09:00 CST).</summary>
    public const string SupervisionRemindersSchedule = "%Schedules:SupervisionReminders%";

    /// <summary>Six-field CRON, UTC, for the weekly bulletins; "0 0 1 * * 1" (Monday 09:00 CST).</summary>
    public const string SupervisionBulletinsSchedule = "%Schedules:SupervisionBulletins%";

    /// <summary>Six-field CRON, UTC, for the nightly repair of the due-date index; "0 0 18 * * *" (02:00 CST).</summary>
    public const string SupervisionReconcileSchedule = "%Schedules:SupervisionReconcile%";
    /// <summary>Six-field CRON, UTC, for closing plans' feedback windows; "0 5 16 * * *" (00:05 CST, just after a window's last day ends).</summary>
    public const string ClosePlanWindowsSchedule = "%Schedules:ClosePlanWindows%";

    /// <summary>Six-field CRON, UTC, for closing surveys' answer windows; "0 0 1 * * *" (09:00 CST).</summary>
    public const string CloseSurveyWindowsSchedule = "%Schedules:CloseSurveyWindows%";
}
