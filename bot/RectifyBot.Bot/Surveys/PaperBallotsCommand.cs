using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// "录入纸质票 &lt;测评编号&gt;" / "paper ballots &lt;survey id&gt;": the organiser's form for counted paper ballots or
/// interview notes, and its send button, which goes through <see cref="PaperBallots"/> (who entered is recorded, the
/// ballots carry no one; the same form sent twice counts once). Not after the survey was tallied at close.
/// </summary>
public sealed partial class PaperBallotsCommand(PaperBallots paper, ISurveyRepository surveys) : IChatCommand
{
    /// <summary>The most ballots one field may say (a whole unit's forms in one entry).</summary>
    public const int MaxCount = 100_000;

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.PaperBallots || request.Verb == KnownCommands.PaperBallotsEnterVerb
            || (request.Command is null && request.Verb is null && CommandRecognizer.ArgumentsOf(KnownCommands.PaperBallots, request.Text) is { Length: > 0 }));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var surveyId = request.Verb == KnownCommands.PaperBallotsEnterVerb
            ? request.Data?.Value<string>(PaperEntryCard.SurveyKey)
            : CommandRecognizer.ArgumentsOf(KnownCommands.PaperBallots, request.Text);
        if (string.IsNullOrWhiteSpace(surveyId))
        {
            return ChatReply.Message(CardText.Get(request.Language, "PaperEntry_Usage"));
        }

        var survey = await surveys.FindAsync(surveyId.Trim(), cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return ChatReply.Message(CardText.Format(request.Language, "SurveyLinks_Problem_NotFound", surveyId.Trim()));
        }

        if (!SurveyOrganisers.CanOrganise(person, survey.UnitCode))
        {
            return ChatReply.Message(CardText.Get(request.Language, "PaperEntry_NotAllowed"));
        }

        if (survey.ClosedAt is not null)
        {
            return ChatReply.Message(CardText.Format(request.Language, "PaperEntry_Closed", survey.UnitName));
        }

        if (request.Verb != KnownCommands.PaperBallotsEnterVerb)
        {
            return ChatReply.Card(PaperEntryCard.Build(request.Language, survey, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))).ToJson());
        }

        var entryId = request.Data?.Value<string>(PaperEntryCard.EntryKey);
        if (string.IsNullOrWhiteSpace(entryId) || !entryId.All(char.IsAsciiHexDigit) || entryId.Length > 32)
        {
            return ChatReply.Message(CardText.Get(request.Language, "PaperEntry_Usage"));
        }

        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var counts = new List<PaperCount>();
        foreach (var category in PaperEntryCard.Categories(survey))
        {
            var n = new int[PaperEntryCard.Columns.Count];
            for (var i = 0; i < n.Length; i++)
            {
                var id = PaperEntryCard.FieldId(category, PaperEntryCard.Columns[i]);
                var value = request.Data?.Value<string>(id) ?? "";
                typed[id] = value;
                if (Count(value) is { } count)
                {
                    n[i] = count;
                }
                else
                {
                    invalid.Add(id);
                }
            }

            counts.Add(new PaperCount(category, n[0], n[1], n[2], n[3], n[4]));
        }

        var source = request.Data?.Value<string>(PaperEntryCard.SourceId) == nameof(ReplySource.Interview) ? ReplySource.Interview : ReplySource.Paper;
        typed[PaperEntryCard.SourceId] = source.ToString();
        var opinionsText = request.Data?.Value<string>(PaperEntryCard.OpinionsId) ?? "";
        typed[PaperEntryCard.OpinionsId] = opinionsText;
        if (invalid.Count > 0)
        {
            return ChatReply.Card(PaperEntryCard.Build(request.Language, survey, entryId, typed, invalid).ToJson());
        }

        var opinions = Paragraphs().Split(opinionsText.Replace("\r", "", StringComparison.Ordinal)).Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        var problem = await paper.EnterAsync(person, new PaperEntry(survey.Id, entryId, source, counts, opinions), cancellationToken).ConfigureAwait(false);
        return problem switch
        {
            null => ChatReply.Message(CardText.Format(request.Language, "PaperEntry_Done", survey.UnitName, counts.Sum(c => c.Total), opinions.Count, person.Name)),
            SurveyReplyProblem.NotAsked => ChatReply.Message(CardText.Get(request.Language, "PaperEntry_NotAllowed")),
            _ => ChatReply.Card(PaperEntryCard.Build(request.Language, survey, entryId, typed, null,
                CardText.Format(request.Language, "PaperEntry_Problem_" + problem, SurveyLimits.OpinionMaxLength)).ToJson()),
        };
    }

    /// <summary>A whole number 0…<see cref="MaxCount"/> (full-width digits folded); empty is 0; anything else null.</summary>
    private static int? Count(string value)
    {
        var text = value.Normalize(NormalizationForm.FormKC).Trim();
        return text.Length == 0 ? 0
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxCount ? n : null;
    }

    /// <summary>Opinions are separated by an empty line.</summary>
    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex Paragraphs();
}
