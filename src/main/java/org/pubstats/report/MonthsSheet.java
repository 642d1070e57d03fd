package org.pubstats.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.pubstats.report.YearEndData.MonthLine;

/** 「各月」: distinct items per month by merged publish date, with a native bar chart over the table (no image). */
final class MonthsSheet {

    static final String NAME = "各月";
    static final int FIRST_DATA_ROW = 2;
    private static final byte[][] COLOURS = {{(byte) 0x2F, (byte) 0x55, (byte) 0x97}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31},
            {(byte) 0x70, (byte) 0xAD, (byte) 0x47}};
    static final String[] SERIES = {"信息条数（去重后）", "政府网站", "通过其他方式公开"};

    private MonthsSheet() {
    }

    static void write(SheetWriter out, YearEndData data) {
        out.columns(10, 20, 14, 18);
        out.title(0, 3, data.year() + "年各月公开信息条数");
        out.header(1, 0, "月份");
        for (int s = 0; s < SERIES.length; s++) {
            out.header(1, s + 1, SERIES[s]);
        }
        int r = FIRST_DATA_ROW;
        for (MonthLine month : data.months()) {
            out.text(r, 0, month.month() + "月");
            out.number(r, 1, month.distinctItems());
            out.number(r, 2, month.website());
            out.number(r, 3, month.otherChannels());
            r++;
        }
        int lastDataRow = r - 1;
        out.note(r + 1, 3, "按去重后信息的发布日期（合并各来源后的日期）计月份；一条信息可同时计入政府网站和通过其他方式公开。");
        chart(out, data.year(), lastDataRow, data.months().stream().mapToInt(MonthLine::distinctItems).max().orElse(0));
        out.printable(true, 0);
    }

    /** The chart reads its categories and values from the sheet's cells: the sheet is an in-memory (XSSF) one. */
    private static void chart(SheetWriter out, int year, int lastDataRow, int maxValue) {
        XSSFSheet sheet = (XSSFSheet) out.sheet();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 5, 1, 15, 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(year + "年各月公开信息条数");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis items = chart.createValueAxis(AxisPosition.LEFT);
        items.setCrosses(AxisCrosses.AUTO_ZERO);
        items.setNumberFormat("0");
        items.setMajorUnit(Math.max(1, Math.ceil(maxValue / 8.0)));
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(FIRST_DATA_ROW, lastDataRow, 0, 0));
        // Bars with explicit colours: LibreOffice draws XDDF line series without a line unless styled,
        // and with no colours set every series comes out the same.
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, months, items);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        for (int s = 0; s < SERIES.length; s++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(FIRST_DATA_ROW, lastDataRow, s + 1, s + 1));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(categories, values);
            series.setTitle(SERIES[s], new CellReference(sheet.getSheetName(), 1, s + 1, true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[s])));
            series.setShapeProperties(shape);
        }
        chart.plot(bars);
    }
}
