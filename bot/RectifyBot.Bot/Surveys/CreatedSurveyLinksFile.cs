using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Files;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Surveys;
using RectifyBot.Documents.Spreadsheets;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// The one-time links of a survey created in chat, handed to its organiser once, at creation — only their hashes are
/// stored, so this is the only moment they exist in the clear. An .xlsx (number and name for people without Teams or
/// without a conversation with the bot, blank for service recipients; category; link) sent with a file consent card
/// (<see cref="FileConsentOffers"/>: 15 minutes, that person only). The printable QR sheet can replace this here.
/// </summary>
public sealed class CreatedSurveyLinksFile(FileConsentOffers offers, IOptions<SurveyLinkOptions> options)
{
    private static readonly string[] HeaderKeys = ["SurveyLinks_Number", "SurveyLinks_Name", "SurveyLinks_Category", "SurveyLinks_Link"];

    /// <summary>Offers the sheet; false when there are no links or Teams cannot take a file here (not a personal chat).</summary>
    public async Task<bool> OfferAsync(ChatRequest request, ITurnContext turnContext, Survey survey, IReadOnlyList<IssuedToken> tokens, Core.Roster.Roster roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(roster);
        if (tokens.Count == 0)
        {
            return false;
        }

        var language = request.Language;
        var baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/') ?? "";
        var rows = tokens
            .OrderBy(t => t.Number is null ? 1 : 0).ThenBy(t => t.Category).ThenBy(t => t.Number, StringComparer.Ordinal)
            .Select(t => (IReadOnlyList<string>)
            [
                t.Number ?? "",
                t.Number is null ? "" : roster.Person(t.Number)?.Name ?? "",
                SurveyWords.Category(language, t.Category),
                $"{baseUrl}/api/survey/{Uri.EscapeDataString(survey.Id)}/{t.Token}",
            ])
            .ToList();
        var header = HeaderKeys.Select(k => CardText.Get(language, k)).ToList();
        var content = TextWorkbook.Write([new TextSheet(CardText.Get(language, "SurveyLinks_Sheet"), header, rows)]);
        var fileName = string.Format(CultureInfo.InvariantCulture, CardText.Get(language, "SurveyLinks_FileName"), survey.Id);
        var reply = await offers.OfferAsync(request, turnContext, fileName, content, cancellationToken).ConfigureAwait(false);
        return reply.Text == CardText.Get(language, "FileConsent_Sent");
    }
}
