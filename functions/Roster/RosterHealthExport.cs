using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Roster;
using RectifyBot.Documents.Roster;

namespace RectifyBot.Functions.Roster;

/// <summary>
/// GET /api/roster/health?operator=NUMBER (function key): the roster-health report ("名册检查") as 名册检查.xlsx,
/// for campaign office staff only (the access policy decides, as in chat).
/// </summary>
public sealed class RosterHealthExport(IRosterRepository roster, RosterCheck check)
{
    [Function("RosterHealthExport")]
    public async Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "roster/health")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        if (AdminOperator.NumberOf(request) is not { } number)
        {
            return new BadRequestObjectResult(new { error = $"The operator's staff number is required: ?operator= or the {AdminOperator.Header} header." });
        }

        var viewer = await roster.FindByNumberAsync(number, cancellationToken).ConfigureAwait(false);
        var result = viewer is null ? null : await check.RunAsync(viewer, cancellationToken).ConfigureAwait(false);
        return result is null
            ? new ObjectResult(new { error = "Only campaign office staff may export the roster check." }) { StatusCode = StatusCodes.Status403Forbidden }
            : new FileContentResult(RosterHealthWorkbook.Write(result), RosterTemplateDownload.XlsxContentType) { FileDownloadName = "名册检查.xlsx" };
    }
}
