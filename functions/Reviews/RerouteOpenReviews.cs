using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;

namespace RectifyBot.Functions.Reviews;

/// <summary>
/// Daily (UTC CRON from "Schedules:RerouteOpenReviews"), re-routes open submissions whose reviewer the roster no
/// longer has. Every import does this right after its switch; this run catches an import whose process died between
/// the switch and the re-route. The change is recorded as made by whoever imported the roster in force.
/// </summary>
public sealed class RerouteOpenReviews(OpenReviewRerouting rerouting, IRosterRepository roster)
{
    [Function(nameof(RerouteOpenReviews))]
    public async Task RunAsync([TimerTrigger(FunctionSettings.RerouteOpenReviewsSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (await roster.CurrentVersionAsync(cancellationToken).ConfigureAwait(false) is { } current)
        {
            await rerouting.RerouteAsync(current.OperatorNumber, cancellationToken).ConfigureAwait(false);
        }
    }
}
