using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace RectifyBot.Documents.Spreadsheets;

/// <summary>
/// Draws a <see cref="SheetChart"/>: a drawing part anchored to the right of the data holding a chart part with a
/// clustered column chart whose series reads its values and labels from the sheet's own cells (so Excel redraws it
/// when a figure is edited). The values are cached in the chart too, so viewers that do not recalculate show them.
/// </summary>
internal static class SheetCharts
{
    public static DocumentFormat.OpenXml.Spreadsheet.Drawing Add(WorksheetPart sheetPart, DataSheet sheet, SheetChart chart)
    {
        var drawingsPart = sheetPart.AddNewPart<DrawingsPart>();
        var chartPart = drawingsPart.AddNewPart<ChartPart>();
        var last = (sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        var name = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
        var categories = $"{name}!${Workbooks.ColumnName(chart.CategoryColumn)}$2:${Workbooks.ColumnName(chart.CategoryColumn)}${last}";
        var values = $"{name}!${Workbooks.ColumnName(chart.ValueColumn)}$2:${Workbooks.ColumnName(chart.ValueColumn)}${last}";
        var seriesName = $"{name}!${Workbooks.ColumnName(chart.ValueColumn)}$1";

        var labelCache = new C.StringCache(new C.PointCount { Val = (uint)sheet.Rows.Count });
        var valueCache = new C.NumberingCache(new C.FormatCode("0.0%"), new C.PointCount { Val = (uint)sheet.Rows.Count });
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            labelCache.AppendChild(new C.StringPoint(new C.NumericValue(sheet.Rows[i][chart.CategoryColumn].Text)) { Index = (uint)i });
            valueCache.AppendChild(new C.NumericPoint(new C.NumericValue(sheet.Rows[i][chart.ValueColumn].Number.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        var series = new C.BarChartSeries(
            new C.Index { Val = 0U },
            new C.Order { Val = 0U },
            new C.SeriesText(new C.StringReference(new C.Formula(seriesName), new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(sheet.Header[chart.ValueColumn])) { Index = 0U }))),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(new C.Formula(categories), labelCache)),
            new C.Values(new C.NumberReference(new C.Formula(values), valueCache)));
        const uint categoryAxisId = 48650112U;
        const uint valueAxisId = 48672768U;
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            series,
            new C.DataLabels(new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true }, new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false }),
            new C.GapWidth { Val = 80 },
            new C.AxisId { Val = categoryAxisId },
            new C.AxisId { Val = valueAxisId });
        var plotArea = new C.PlotArea(
            new C.Layout(),
            barChart,
            new C.CategoryAxis(
                new C.AxisId { Val = categoryAxisId }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = valueAxisId }, new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
            new C.ValueAxis(
                new C.AxisId { Val = valueAxisId }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MaxAxisValue { Val = 1D }, new C.MinAxisValue { Val = 0D }),
                new C.Delete { Val = false }, new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = "0%", SourceLinked = false }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = categoryAxisId }, new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.CrossBetween { Val = C.CrossBetweenValues.Between }));
        chartPart.ChartSpace = new C.ChartSpace(
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(chart.Title))))), new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
        chartPart.ChartSpace.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        chartPart.ChartSpace.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

        var firstColumn = sheet.Header.Count + 1;
        drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId(firstColumn.ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"), new Xdr.RowId("1"), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId((firstColumn + 8).ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"), new Xdr.RowId("20"), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = 2U, Name = chart.Title }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 0L, Cy = 0L }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawingsPart.GetIdOfPart(chartPart) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" })),
            new Xdr.ClientData()));
        drawingsPart.WorksheetDrawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawingsPart.WorksheetDrawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        return new DocumentFormat.OpenXml.Spreadsheet.Drawing { Id = sheetPart.GetIdOfPart(drawingsPart) };
    }
}
