namespace RectifyBot.Core.Roster;

/// <summary>
/// One person of the roster. <see cref="Number"/> (staff or student number) is the identity: namesakes are common.
/// People are deactivated, never deleted, so history stays readable.
/// </summary>
public sealed record Person
{
    public required string Number { get; init; }

    public required string Name { get; init; }

    /// <summary>The Microsoft 365 sign-in name; how a Teams user is bound to this person.</summary>
    public string? Upn { get; init; }

    public string? Email { get; init; }

    /// <summary>The person's Party organisation (their branch, if a member).</summary>
    public string? PartyUnitCode { get; init; }

    public PartyStatus PartyStatus { get; init; }

    public AdministrativePost? Post { get; init; }

    public IReadOnlyList<PositionHolding> Positions { get; init; } = [];

    /// <summary>For a school leader: the units they are liaison (联系) for.</summary>
    public IReadOnlyList<string> LiaisonUnitCodes { get; init; } = [];

    public string? ClassName { get; init; }

    /// <summary>年级: the year of study (1 = first year).</summary>
    public int? Year { get; init; }

    public StudentLevel? StudentLevel { get; init; }

    public string? Major { get; init; }

    /// <summary>The democratic party the person belongs to, if any.</summary>
    public string? DemocraticParty { get; init; }

    public bool Retired { get; init; }

    public bool Active { get; init; } = true;

    /// <summary>Bound on the person's first contact with the bot (their Azure AD object id); null until then.</summary>
    public string? AadObjectId { get; init; }

    public bool Holds(Position position) => Positions.Any(p => p.Position == position);

    public bool Holds(Position position, string unitCode) =>
        Positions.Any(p => p.Position == position && string.Equals(p.UnitCode, unitCode, StringComparison.Ordinal));

    public bool IsMember => PartyStatus is PartyStatus.Full or PartyStatus.Probationary;
}
