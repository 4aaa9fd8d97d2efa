using DocumentFormat.OpenXml.Wordprocessing;

namespace RectifyBot.Documents.SummaryReports;

/// <summary>
/// The styles of a Chinese report: body text 宋体 小四 (12 pt), 标题 (Title) 黑体 二号 centred, 一级标题 (heading 1)
/// 黑体 三号, 二级标题 (heading 2) 黑体 四号, and a bordered table grid. Each style declares the CJK font in its run
/// properties (EastAsia), so Word and LibreOffice pick a Chinese font whatever the machine's default.
/// </summary>
public static class WordStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string BodyFont = "宋体";
    public const string HeadingFont = "黑体";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(BodyFont), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading(Title, "Title", "标题", "36", JustificationValues.Center, outline: null),
        Heading(Heading1, "heading 1", "一级标题", "32", JustificationValues.Left, outline: 0),
        Heading(Heading2, "heading 2", "二级标题", "28", JustificationValues.Left, outline: 1),
        new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    /// <summary>The fonts of a run: the CJK font for East Asian text and for Latin text alike.</summary>
    public static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };

    private static Style Heading(string id, string name, string alias, string halfPoints, JustificationValues justification, int? outline)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = "240", After = "120" },
            new Justification { Val = justification });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new Aliases { Val = alias },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(Fonts(HeadingFont), new Bold(), new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
