using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Roster;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Functions.Roster;

/// <summary>
/// POST /api/roster/import (function key): the admin path of the roster import, for files too awkward for chat.
/// Body: the file, raw (name in ?fileName=, which only names a CSV's sheet; the kind is read from the content) or as
/// multipart/form-data (the first file). Required: the operator's staff number, ?operator= or the header
/// X-Rectify-Operator — a function key alone says nothing about who, so the operator must be campaign office staff
/// in the roster. Optional ?fullReplacement=true. Answers 200 imported, 422 invalid (every problem), 403 notAllowed,
/// 409 conflict (another import won; send again), 400 badRequest. Language from Accept-Language (zh-CN by default).
/// </summary>
public sealed class ImportRoster(RosterImporter importer, IRosterRepository roster)
{
    public const string OperatorHeader = AdminOperator.Header;

    [Function("ImportRoster")]
    public async Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "roster/import")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        var language = UserLanguages.FromLocale(request.Headers.AcceptLanguage.ToString());

        var operatorNumber = AdminOperator.NumberOf(request);
        if (operatorNumber is null)
        {
            return Answer(StatusCodes.Status400BadRequest, new RosterImportResponse("badRequest") { Message = $"The operator's staff number is required: ?operator= or the {OperatorHeader} header." });
        }

        if (!TryFullReplacement(request, out var fullReplacement))
        {
            return Answer(StatusCodes.Status400BadRequest, new RosterImportResponse("badRequest") { Message = "fullReplacement must be true or false." });
        }

        if (await roster.FindByNumberAsync(operatorNumber, cancellationToken).ConfigureAwait(false) is not { } operatorPerson)
        {
            return NotAllowed(language);
        }

        var read = await ReadFileAsync(request, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } unreadable)
        {
            return Invalid(language, [unreadable]);
        }

        return await importer.ImportAsync(read.Sheets, fullReplacement, operatorPerson, cancellationToken).ConfigureAwait(false) switch
        {
            RosterImportOutcome.Imported imported => Answer(StatusCodes.Status200OK, Imported(imported, fullReplacement)),
            RosterImportOutcome.Invalid invalid => Invalid(language, invalid.Errors),
            RosterImportOutcome.Conflict => Answer(StatusCodes.Status409Conflict, new RosterImportResponse("conflict") { Message = BotReplies.RosterImportConflict(language) }),
            _ => NotAllowed(language),
        };
    }


    private static bool TryFullReplacement(HttpRequest request, out bool fullReplacement)
    {
        var value = request.Query["fullReplacement"].ToString();
        fullReplacement = false;
        return string.IsNullOrEmpty(value) || bool.TryParse(value, out fullReplacement);
    }

    private static async Task<TabularFileResult> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            if (form.Files.Count == 0)
            {
                return TabularFileResult.Refused(RosterImportErrorCode.EmptyFile);
            }

            var file = form.Files[0];
            var upload = file.OpenReadStream();
            await using (upload.ConfigureAwait(false))
            {
                return await TabularFile.ReadAsync(upload, file.FileName, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        var name = request.Query["fileName"].ToString();
        return await TabularFile.ReadAsync(request.Body, string.IsNullOrWhiteSpace(name) ? "roster.csv" : name, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static RosterImportResponse Imported(RosterImportOutcome.Imported imported, bool fullReplacement)
    {
        var report = imported.Report;
        return new RosterImportResponse("imported")
        {
            Message = imported.Version.Summary,
            VersionId = imported.Version.VersionId,
            OperatorNumber = imported.Version.OperatorNumber,
            ImportedAt = imported.Version.CreatedAt,
            FullReplacement = fullReplacement,
            Added = [.. report.AddedPeople.Select(p => new RosterImportPersonEntry(p.Number, p.Name))],
            Changed = [.. report.ChangedPeople.Select(p => new RosterImportPersonEntry(p.Number, p.Name, p.Fields))],
            Deactivated = [.. report.DeactivatedPeople.Select(p => new RosterImportPersonEntry(p.Number, p.Name))],
            UnitsAdded = [.. report.AddedUnits.Select(u => u.Code)],
            UnitsChanged = [.. report.ChangedUnits.Select(u => u.Code)],
            UnitsNotInFile = [.. report.UnitsNotInFile.Select(u => u.Code)],
        };
    }

    private static ObjectResult Invalid(UserLanguage language, IReadOnlyList<RosterImportError> errors) => Answer(
        StatusCodes.Status422UnprocessableEntity,
        new RosterImportResponse("invalid")
        {
            Message = BotReplies.RosterImportNothingChanged(language),
            Errors = [.. errors
                .OrderBy(e => e.Sheet, StringComparer.Ordinal)
                .ThenBy(e => e.Row ?? 0)
                .Select(e => new RosterImportErrorEntry(e.Code.ToString(), e.Sheet, e.Row, e.Column, e.Value, RosterImportMessages.Describe(language, e)))],
        });

    private static ObjectResult NotAllowed(UserLanguage language) =>
        Answer(StatusCodes.Status403Forbidden, new RosterImportResponse("notAllowed") { Message = BotReplies.RosterImportNotAllowed(language) });

    private static ObjectResult Answer(int status, RosterImportResponse body) => new(body) { StatusCode = status };
}
