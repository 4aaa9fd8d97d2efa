namespace RectifyBot.Core.Roster.Import;

/// <summary>A person the import changed, with the names of the changed fields (as in <see cref="Person"/>).</summary>
public sealed record PersonChange(string Number, string Name, IReadOnlyList<string> Fields);
