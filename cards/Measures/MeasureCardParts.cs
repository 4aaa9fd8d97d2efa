using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Measures;

/// <summary>What the member's measure cards draw alike: names of areas and kinds, dates, labels, errors, shortened text.</summary>
internal static class MeasureCardParts
{
    /// <summary>Appended where text was cut: the reader knows there is more.</summary>
    private const string Ellipsis = "…";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as China Standard Time, "yyyy-MM-dd HH:mm".</summary>
    public static string Cst(DateTimeOffset instant) =>
        ChinaTime.ToChinaTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Area(UserLanguage language, ProblemArea area) => CardText.Get(language, "Area_" + area);

    public static string Source(UserLanguage language, ProblemSource source) => CardText.Get(language, "Source_" + source);

    public static string Handling(UserLanguage language, HandlingKind handling) => CardText.Get(language, "Handling_" + handling);

    public static string Status(UserLanguage language, MeasureStatus status) => CardText.Get(language, "MeasureStatus_" + status);

    /// <summary>进行中 / 已逾期 / 已完成（按时） / 已完成（逾期完成）.</summary>
    public static string LedgerStatus(UserLanguage language, LedgerEntry entry, DateOnly today)
    {
        var key = entry.Status switch
        {
            LedgerEntryStatus.Done => entry.CompletedOnTime == false ? "Ledger_DoneLate" : "Ledger_DoneOnTime",
            _ => today > entry.Deadline ? "Ledger_Overdue" : "Ledger_Open",
        };
        return CardText.Get(language, key);
    }

    public static TextColor LedgerColor(LedgerEntry entry, DateOnly today) => entry.Status switch
    {
        LedgerEntryStatus.Done => entry.CompletedOnTime == false ? TextColor.Warning : TextColor.Good,
        _ => today > entry.Deadline ? TextColor.Attention : TextColor.Default,
    };

    /// <summary>At most <paramref name="length"/> characters, with "…" when cut (a surrogate pair is never split).</summary>
    public static string Shorten(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut] + Ellipsis;
    }

    /// <summary>Milestones as the member types them: one a line, "yyyy-MM-dd description".</summary>
    public static string MilestoneLines(IEnumerable<Milestone> milestones) =>
        string.Join("\n", milestones.Select(m => Iso(m.Date) + " " + m.Description));

    /// <summary>
    /// A date input's value: Input.Date can only show "yyyy-MM-dd", so other typed text ("下月底") is left out of the
    /// input and shown back as <paramref name="unreadable"/> instead, so the member still sees what they wrote.
    /// </summary>
    public static string? DateValue(string? typed, out string? unreadable)
    {
        unreadable = null;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        if (DateOnly.TryParseExact(typed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return typed.Trim();
        }

        unreadable = typed;
        return null;
    }

    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    /// <summary>The label above an input: Teams mobile ignores an input's own label.</summary>
    public static TextBlock Label(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Hint(string text) => new(text) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small };

    /// <summary>
    /// The user's own text (or a several-line text the bot passes in): wrapped, never bold, each line break kept — a
    /// TextBlock is markdown, where a single line break is only a space.
    /// </summary>
    public static TextBlock UserText(string text, Spacing spacing = Spacing.Small) => new(KeepLines(text)) { Spacing = spacing };

    /// <summary>Line breaks as markdown paragraphs, so what was typed on several lines shows on several lines.</summary>
    public static string KeepLines(string text) => text.ReplaceLineEndings("\n\n");

    /// <summary>Text for a one-line overview: line breaks become spaces.</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>Server-side errors, directly under the field they are about.</summary>
    public static IEnumerable<CardElement> Errors(IEnumerable<string>? errors) =>
        (errors ?? []).Select(e => new TextBlock(e) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });

    public static IEnumerable<string> ErrorsOf(IReadOnlyDictionary<string, IReadOnlyList<string>> errors, string field) =>
        errors.TryGetValue(field, out var list) ? list : [];

    public static TextBlock? Notice(UserLanguage language, MeasureNotice? notice) => notice is null
        ? null
        : new TextBlock(CardText.Format(language, notice.Key, [.. notice.Args]))
        {
            Weight = TextWeight.Bolder,
            Color = notice.IsWarning ? TextColor.Attention : TextColor.Good,
        };

    public static Dictionary<string, string> Data(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>One choice per enum value, its name as the value (what the bot parses back).</summary>
    public static List<Choice> Choices<T>(IEnumerable<T> values, Func<T, string> title)
        where T : struct, Enum =>
        [.. values.Select(v => new Choice(title(v), v.ToString()))];
}
