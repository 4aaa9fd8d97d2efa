using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Installation;
using RectifyBot.Core.Roster;
using RectifyBot.Functions.Roster;

namespace RectifyBot.Functions.Delivery;

/// <summary>
/// POST /api/admin/install-app?operator=NUMBER (function key): installs RectifyBot through Microsoft Graph for every
/// active person in the roster the bot cannot message yet (<see cref="ProactiveInstallation"/>). Off by default
/// (GraphInstall:Enabled); the answer gives the counts, who has no Teams account in the roster and who could not be installed.
/// </summary>
public sealed class InstallTeamsApp(IRosterRepository roster, ProactiveInstallation installation)
{
    [Function("InstallTeamsApp")]
    public async Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/install-app")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        var person = AdminOperator.NumberOf(request) is { } number ? await roster.FindByNumberAsync(number, cancellationToken).ConfigureAwait(false) : null;
        if (person is null)
        {
            return new BadRequestObjectResult(new { error = $"The operator's staff number (in the current roster) is required: ?operator= or the {AdminOperator.Header} header." });
        }

        var result = await installation.RunAsync(person, cancellationToken).ConfigureAwait(false);
        return result.Refusal switch
        {
            ProactiveInstallationRefusal.NotOffice => new ObjectResult(new { error = "Only campaign office staff may install the app for others." }) { StatusCode = StatusCodes.Status403Forbidden },
            ProactiveInstallationRefusal.Disabled => new ObjectResult(new
            {
                error = "Proactive installation is off. Grant the functions app's identity the Microsoft Graph application permission " +
                    "TeamsAppInstallation.ReadWriteSelfForUser.All, then set GraphInstall__Enabled=true and GraphInstall__CatalogAppId " +
                    "(not available in Azure China: use the app setup policy there).",
            }) { StatusCode = StatusCodes.Status409Conflict },
            _ => new OkObjectResult(new
            {
                result.Candidates,
                Counts = result.Counts.ToDictionary(c => c.Key.ToString(), c => c.Value),
                result.WithoutAccount,
                result.NotInstalled,
                result.OperatorNumber,
                result.At,
            }),
        };
    }
}
