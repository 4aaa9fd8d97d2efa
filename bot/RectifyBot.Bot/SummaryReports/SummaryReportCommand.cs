using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Files;
using RectifyBot.Bot.Roster;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.SummaryReports;
using RectifyBot.Core.Access;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.SummaryReports;
using RectifyBot.Documents.SummaryReports;

namespace RectifyBot.Bot.SummaryReports;

/// <summary>
/// Summary reports in chat (issue 9). "总结报告 [单位编码]" / "summary report": for a unit's leaders the unit's card (submitted
/// or not, due date) whose "生成初稿" button sends the draft generated from the data as a Word file through a file
/// consent card, the way the ledger export goes; for the office without a code, which units have submitted. The final
/// version is submitted by sending the .docx in personal chat (Teams' file.download.info attachment, fetched from its
/// pre-authorized URL as roster files are), stored with who and when.
/// </summary>
public sealed partial class SummaryReportCommand(
    SummaryReportDrafting drafting,
    SummaryReportSubmitting submitting,
    IRosterRepository rosters,
    IStageCalendarRepository calendars,
    FileConsentOffers offers,
    IHttpClientFactory httpClients,
    ILogger<SummaryReportCommand> logger) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null
        && (request.Command == KnownCommands.SummaryReport
            || string.Equals(request.Verb, SummaryReportCard.DraftVerb, StringComparison.Ordinal)
            || (!request.IsCardInvoke && CommandRecognizer.ArgumentsOf(KnownCommands.SummaryReport, request.Text) is { Length: > 0 })
            || (!request.IsCardInvoke && WordFile(request.Attachments) is not null));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (string.Equals(request.Verb, SummaryReportCard.DraftVerb, StringComparison.Ordinal))
        {
            var unit = request.Data?.Value<string>(SummaryReportCard.UnitKey) ?? "";
            if (Refusal(request.Language, person, unit, roster) is { } refused)
            {
                return refused;
            }

            var report = await drafting.DraftAsync(unit, cancellationToken).ConfigureAwait(false);
            return await offers.OfferAsync(request, turnContext, SummaryReportDocument.FileName(report!), SummaryReportDocument.Write(report!), cancellationToken).ConfigureAwait(false);
        }

        var code = CodeIn(request.Text, roster);
        if (!request.IsCardInvoke && WordFile(request.Attachments) is { } file)
        {
            return await SubmitAsync(request, person, roster, code, file, cancellationToken).ConfigureAwait(false);
        }

        if (code is null && AccessPolicy.IsOffice(person))
        {
            var status = await submitting.StatusAsync(person, cancellationToken).ConfigureAwait(false);
            return ChatReply.Card(SummaryReportStatusCard.Build(request.Language, status!, n => roster.Person(n)?.Name ?? n).ToJson());
        }

        var (unitCode, choose) = Resolve(request.Language, person, roster, code);
        if (choose is not null)
        {
            return choose;
        }

        if (Refusal(request.Language, person, unitCode!, roster) is { } refusal)
        {
            return refusal;
        }

        var submission = await submitting.FindAsync(unitCode!, cancellationToken).ConfigureAwait(false);
        var stage = (await calendars.LoadAsync(cancellationToken).ConfigureAwait(false)).For(unitCode, roster);
        return ChatReply.Card(SummaryReportCard.Build(request.Language, unitCode!, roster.Unit(unitCode)!.Name, stage?.StageEnd, submission,
            submission is null ? null : roster.Person(submission.SubmittedByNumber)?.Name).ToJson());
    }

    private async Task<ChatReply> SubmitAsync(ChatRequest request, Person person, Core.Roster.Roster roster, string? code, RosterFileAttachment file, CancellationToken cancellationToken)
    {
        var (unitCode, choose) = Resolve(request.Language, person, roster, code);
        if (choose is not null)
        {
            return choose;
        }

        if (Refusal(request.Language, person, unitCode!, roster) is { } refusal)
        {
            // Refused before downloading: the file is never fetched for someone who may not submit it.
            return refusal;
        }

        var content = await DownloadAsync(file, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return ChatReply.Message(CardText.Get(request.Language, "SummaryReport_DownloadFailed"));
        }

        var (result, submission) = await submitting.SubmitAsync(person, unitCode!, file.Name, content, cancellationToken).ConfigureAwait(false);
        LogSubmission(logger, unitCode!, result);
        return result switch
        {
            SummaryReportSubmitResult.Submitted => ChatReply.Message(CardText.Format(request.Language, "SummaryReport_SubmittedNow",
                roster.Unit(unitCode)!.Name, submission!.FileName, person.Name, SummaryReportCard.At(submission.SubmittedAt))),
            SummaryReportSubmitResult.TooLarge => ChatReply.Message(CardText.Get(request.Language, "SummaryReport_TooLarge")),
            SummaryReportSubmitResult.NotAWordDocument => ChatReply.Message(CardText.Get(request.Language, "SummaryReport_NotWord")),
            SummaryReportSubmitResult.NotAReportingUnit => ChatReply.Message(CardText.Format(request.Language, "SummaryReport_NotAReportingUnit", unitCode!)),
            _ => ChatReply.Message(CardText.Get(request.Language, "SummaryReport_NotAllowed")),
        };
    }

    /// <summary>The unit named, else the one reporting unit the person leads; otherwise a reply asking for the code.</summary>
    private static (string? UnitCode, ChatReply? Choose) Resolve(UserLanguage language, Person person, Core.Roster.Roster roster, string? code)
    {
        if (code is not null)
        {
            return (code, null);
        }

        var units = SummaryReportSubmitting.UnitsOf(person, roster);
        if (units.Count == 1)
        {
            return (units[0].Code, null);
        }

        if (units.Count == 0)
        {
            return (null, ChatReply.Message(CardText.Get(language, "SummaryReport_NotAllowed")));
        }

        var word = KnownCommands.SummaryReport.WordsFor(language).First();
        return (null, ChatReply.Message(CardText.Format(language, "SummaryReport_ChooseUnit", word, units[0].Code,
            string.Join(language == UserLanguage.En ? ", " : "、", units.Select(u => $"{u.Name} {u.Code}")))));
    }

    private static ChatReply? Refusal(UserLanguage language, Person person, string unitCode, Core.Roster.Roster roster) =>
        !SummaryReportDrafting.Writes(roster.Unit(unitCode)) ? ChatReply.Message(CardText.Format(language, "SummaryReport_NotAReportingUnit", unitCode))
        : !SummaryReportSubmitting.CanAct(person, unitCode, roster) ? ChatReply.Message(CardText.Get(language, "SummaryReport_NotAllowed"))
        : null;

    /// <summary>A unit code of the roster among the words typed (after the command's words, or anywhere in a file's message).</summary>
    private static string? CodeIn(string? text, Core.Roster.Roster roster)
    {
        var words = (CommandRecognizer.ArgumentsOf(KnownCommands.SummaryReport, text) ?? text ?? "")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.FirstOrDefault(w => roster.Unit(w) is not null) ?? words.FirstOrDefault(w => w.Contains('-', StringComparison.Ordinal) && w.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    private static RosterFileAttachment? WordFile(IReadOnlyList<Attachment> attachments) => attachments
        .Where(a => string.Equals(a.ContentType, RosterFileImportCommand.FileDownloadInfo, StringComparison.OrdinalIgnoreCase))
        .Select(RosterFileAttachment.From)
        .FirstOrDefault(f => f is not null && string.Equals(f.FileType, "docx", StringComparison.OrdinalIgnoreCase));

    /// <summary>The file's bytes, at most one byte over the limit (so the limit is told); null when the download failed.</summary>
    private async Task<byte[]?> DownloadAsync(RosterFileAttachment file, CancellationToken cancellationToken)
    {
        if (!RosterFileImportCommand.IsTrustedDownload(file.DownloadUrl))
        {
            return null;
        }

        try
        {
            var http = httpClients.CreateClient(RosterFileImportCommand.HttpClientName);
            using var response = await http.GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > SummaryReportSubmitting.MaxBytes)
                    {
                        break;
                    }
                }

                return buffer.ToArray();
            }
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary report of {UnitCode}: {Result}")]
    private static partial void LogSubmission(ILogger logger, string unitCode, SummaryReportSubmitResult result);
}
