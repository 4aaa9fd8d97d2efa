namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// One of a unit's five long-term mechanisms as recorded: its status, the rule or document that establishes it and a
/// link to it, and who last changed it and when. A mechanism never recorded is <see cref="NotRecorded"/>.
/// </summary>
/// <param name="UnitCode">The secondary committee or general branch.</param>
/// <param name="Kind">Which of the five.</param>
/// <param name="Status">未建立 / 建立中 / 已建立.</param>
/// <param name="Document">The rule or document's name; required unless not established.</param>
/// <param name="Link">An http(s) address of the document; optional (a paper document has none).</param>
public sealed record Mechanism(string UnitCode, MechanismKind Kind, MechanismStatus Status, string? Document, string? Link)
{
    /// <summary>Who recorded this state (null for a mechanism never recorded).</summary>
    public string? ChangedByNumber { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    public bool IsEstablished => Status == MechanismStatus.Established;

    public static Mechanism NotRecorded(string unitCode, MechanismKind kind) => new(unitCode, kind, MechanismStatus.NotEstablished, null, null);

    /// <summary>The same status, document and link (who and when aside).</summary>
    public bool SameContentAs(Mechanism other) =>
        other is not null && Status == other.Status && string.Equals(Document, other.Document, StringComparison.Ordinal)
        && string.Equals(Link, other.Link, StringComparison.Ordinal);
}
