namespace RectifyBot.Core.Mechanisms;

/// <summary>
/// A unit's five mechanisms as they stand (never-recorded ones as 未建立) and every change recorded, newest first.
/// </summary>
public sealed record UnitMechanisms(string UnitCode, IReadOnlyList<Mechanism> Recorded, IReadOnlyList<Mechanism> History)
{
    public static IReadOnlyList<MechanismKind> Kinds { get; } = Enum.GetValues<MechanismKind>();

    public static UnitMechanisms None(string unitCode) => new(unitCode, [], []);

    /// <summary>The five, in <see cref="MechanismKind"/> order.</summary>
    public IReadOnlyList<Mechanism> All => [.. Kinds.Select(For)];

    public Mechanism For(MechanismKind kind) => Recorded.FirstOrDefault(m => m.Kind == kind) ?? Mechanism.NotRecorded(UnitCode, kind);

    /// <summary>The kinds not yet established (未建立 or 建立中).</summary>
    public IReadOnlyList<MechanismKind> Missing => [.. Kinds.Where(k => !For(k).IsEstablished)];
}
