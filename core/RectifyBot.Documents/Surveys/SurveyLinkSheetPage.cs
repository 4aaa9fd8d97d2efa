using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Documents.Surveys;

/// <summary>
/// The printable sheet of one-time links as one self-contained HTML file (zh-CN, no JavaScript, no external resources):
/// a card per link with its QR code as inline SVG (drawn by QRCoder: sharp at any print size, no image files, no fonts
/// needed), the link written out, the name of the person it is for (or "服务对象") and the category, laid out 3 × 4 to
/// an A4 page with cut lines. Chosen over .docx/.xlsx: any browser prints it as is and it stays small (about 6 KB a
/// link). It is sent once through a file consent card and never stored: it is the only place a link and a name meet.
/// </summary>
public static class SurveyLinkSheetPage
{
    public static string FileName(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return $"测评链接-{survey.UnitName}-{survey.Window.FirstChinaDay:yyyyMMdd}.html";
    }

    /// <param name="survey">The survey.</param>
    /// <param name="links">The links with the person each is for (null: unnamed).</param>
    /// <param name="url">The web address of a token.</param>
    /// <param name="nameOf">A person's display name by number (with their unit), for the organiser handing the slips out.</param>
    public static byte[] Write(Survey survey, IReadOnlyList<IssuedToken> links, Func<string, string> url, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(nameOf);
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"{survey.UnitName} 群众满意度测评链接")).Append("</title><style>")
            .Append("body{font-family:\"PingFang SC\",\"Microsoft YaHei\",sans-serif;margin:0}")
            .Append(".sheet{display:grid;grid-template-columns:repeat(3,1fr)}")
            .Append(".slip{border:1px dashed #999;padding:4mm;height:64mm;box-sizing:border-box;break-inside:avoid;text-align:center;font-size:10pt}")
            .Append(".slip svg{width:36mm;height:36mm}.url{font-family:monospace;font-size:7pt;word-break:break-all}")
            .Append(".who{font-weight:bold}h1{font-size:14pt;margin:4mm}")
            .Append("@page{size:A4;margin:8mm}@media print{h1,.hint{display:none}}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(E($"{survey.UnitName} 群众满意度测评：一次性链接（{links.Count} 个）")).Append("</h1>");
        html.Append("<p class=\"hint\">").Append(E($"答题时间 {Day(survey.Window.FirstChinaDay)} 至 {Day(survey.Window.LastChinaDay)}。每个链接只能使用一次；重新打印会使本页链接失效。请沿虚线剪开后分发。")).Append("</p>");
        html.Append("<div class=\"sheet\">");
        using var generator = new QRCodeGenerator();
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var address = url(link.Token);
            using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
            var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
            html.Append("<div class=\"slip\"><div class=\"who\">")
                .Append(E(link.Number is { } number ? nameOf(number) : $"服务对象 {(i + 1).ToString(CultureInfo.InvariantCulture)}"))
                .Append("</div><div>").Append(E(SurveyResultsWorkbook.CategoryName(link.Category))).Append(" · 扫码参加测评（匿名）</div>")
                .Append(svg[svg.IndexOf("<svg", StringComparison.Ordinal)..])
                .Append("<div class=\"url\">").Append(E(address)).Append("</div></div>");
        }

        html.Append("</div></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
