namespace RectifyBot.Documents.Tables;

public enum TabularFileKind
{
    Csv,
    Xlsx,
}
