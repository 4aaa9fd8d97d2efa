namespace RectifyBot.Core.Roster.Import;

/// <summary>One row of an uploaded table: its row number as Excel shows it (1-based) and its cells as text.</summary>
/// <param name="Number">The row number users see, so errors point to the right line even when blank rows were skipped.</param>
/// <param name="Cells">Cell texts by column position; a missing cell in the middle is an empty string, never a shift.</param>
public sealed record TabularRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
