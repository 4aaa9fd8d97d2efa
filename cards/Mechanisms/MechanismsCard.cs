using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Mechanisms;
using static RectifyBot.Cards.Measures.MeasureCardParts;

namespace RectifyBot.Cards.Mechanisms;

/// <summary>
/// "长效机制" / "mechanisms" for one unit: its five long-term mechanisms, each with status, document, link and who last
/// changed it; for the office and the unit's principal leader a form per mechanism (status, document, link) with its own
/// save button, errors under the field; then the latest changes (who, when, what).
/// </summary>
public static class MechanismsCard
{
    public const string SaveVerb = "mechanism-save";

    /// <summary>The button's data: which unit and which mechanism it saves.</summary>
    public const string UnitKey = "unit";

    public const string KindKey = "kind";

    public static string StatusField(MechanismKind kind) => "status-" + kind;

    public static string DocumentField(MechanismKind kind) => "document-" + kind;

    public static string LinkField(MechanismKind kind) => "link-" + kind;

    public static AdaptiveCard Build(UserLanguage language, MechanismsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var page = view.Page;
        var body = new List<CardElement> { Title(CardText.Format(language, "Mechanisms_Title", page.Unit.Name)) };
        if (page.DueDate is { } due)
        {
            body.Add(Hint(CardText.Format(language, "Mechanisms_DueBy", Iso(due))));
        }

        if (Notice(language, view.Notice) is { } notice)
        {
            body.Add(notice);
        }

        foreach (var mechanism in page.Mechanisms.All)
        {
            body.Add(Section(language, view, mechanism));
        }

        if (!page.CanRecord)
        {
            body.Add(Hint(CardText.Get(language, "Mechanisms_ReadOnly")));
        }

        var history = page.Mechanisms.History.Take(view.HistoryShown).ToList();
        if (history.Count > 0)
        {
            body.Add(Heading(CardText.Get(language, "Mechanisms_HistoryHeading")));
            body.AddRange(history.Select(h => (CardElement)Hint(CardText.Format(language, "Mechanisms_HistoryLine",
                h.ChangedAt is { } at ? Cst(at) : "", Who(view, h.ChangedByNumber), MechanismWords.Kind(language, h.Kind),
                MechanismWords.Status(language, h.Status), h.Document ?? "—"))));
        }

        return new AdaptiveCard(body);
    }

    private static Container Section(UserLanguage language, MechanismsView view, Mechanism mechanism)
    {
        var kind = mechanism.Kind;
        var items = new List<CardElement>
        {
            new TextBlock(MechanismWords.Kind(language, kind) + " · " + MechanismWords.Status(language, mechanism.Status))
            {
                Weight = TextWeight.Bolder,
                Color = mechanism.Status switch
                {
                    MechanismStatus.Established => TextColor.Good,
                    MechanismStatus.InProgress => TextColor.Warning,
                    _ => TextColor.Attention,
                },
            },
        };
        var facts = new List<Fact>();
        if (mechanism.Document is { } document)
        {
            facts.Add(new Fact(CardText.Get(language, "Mechanisms_Fact_Document"), Shorten(document, MechanismLimits.Document)));
        }

        if (mechanism.Link is { } link)
        {
            facts.Add(new Fact(CardText.Get(language, "Mechanisms_Fact_Link"), Shorten(link, MechanismLimits.Link)));
        }

        if (mechanism.ChangedAt is { } at)
        {
            facts.Add(new Fact(CardText.Get(language, "Mechanisms_Fact_Changed"), CardText.Format(language, "Mechanisms_ChangedBy", Who(view, mechanism.ChangedByNumber), Cst(at))));
        }

        if (facts.Count > 0)
        {
            items.Add(new FactSet(facts) { Spacing = Spacing.Small });
        }

        if (view.Page.CanRecord)
        {
            string? Value(string field, string? stored) => view.Typed.TryGetValue(field, out var typed) ? typed : stored;
            items.Add(Label(CardText.Get(language, "Mechanisms_Field_Status")));
            items.Add(new ChoiceSetInput(StatusField(kind), [.. Enum.GetValues<MechanismStatus>().Select(s => new Choice(MechanismWords.Status(language, s), s.ToString()))])
            {
                Value = Value(StatusField(kind), mechanism.Status.ToString()),
            });
            items.AddRange(Errors(ErrorsOf(view.Errors, StatusField(kind))));
            items.Add(Label(CardText.Format(language, "Mechanisms_Field_Document", MechanismLimits.Document)));
            items.Add(new TextInput(DocumentField(kind)) { MaxLength = MechanismLimits.Document * 2, Value = Value(DocumentField(kind), mechanism.Document) });
            items.AddRange(Errors(ErrorsOf(view.Errors, DocumentField(kind))));
            items.Add(Label(CardText.Get(language, "Mechanisms_Field_Link")));
            items.Add(new TextInput(LinkField(kind)) { MaxLength = MechanismLimits.Link * 2, Value = Value(LinkField(kind), mechanism.Link), Placeholder = "https://" });
            items.AddRange(Errors(ErrorsOf(view.Errors, LinkField(kind))));
            items.Add(new ActionSet([new ExecuteAction(
                CardText.Format(language, "Mechanisms_SaveButton", MechanismWords.Kind(language, kind)), SaveVerb,
                new Dictionary<string, string>(StringComparer.Ordinal) { [UnitKey] = view.Page.Unit.Code, [KindKey] = kind.ToString() })]));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static string Who(MechanismsView view, string? number) => number is null ? "—" : view.Roster.Person(number)?.Name ?? number;
}
