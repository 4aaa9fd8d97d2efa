using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Documents.Roster;

namespace RectifyBot.Functions.Roster;

/// <summary>GET /api/roster/template (function key): the roster template, 名册模板.xlsx (sheets 单位 and 人员, Chinese headers).</summary>
public static class RosterTemplateDownload
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Function("RosterTemplate")]
    public static IActionResult Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "roster/template")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new FileContentResult(RosterTemplate.WriteXlsx(), XlsxContentType) { FileDownloadName = "名册模板.xlsx" };
    }
}
