package org.pubstats.report;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.pubstats.figures.CountyFigures;
import org.pubstats.report.NationalFormat.TableThreeRow;
import org.pubstats.report.YearEndData.Count;

/**
 * annual-report-YYYY.docx: a draft of the annual report in the six sections of the national format,
 * every figure from the warehouse, the prose left as marked placeholders for the office to write.
 */
final class AnnualReportDocument {

    static final List<String> SECTIONS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    private static final String FONT = "宋体";
    /** A4 (11906 twips) less two 2 cm margins. */
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = 11906 - 2 * MARGIN;

    private AnnualReportDocument() {
    }

    /**
     * What a draft is written from, the county's or a department's: the title's subject, how the text names it, its
     * figures (the county row's, or the department's counted alike), the 重点领域 detail, its Table 三, the year's format,
     * and its Tables 二 and 四 (the sum of the department forms, or the department's own form) with the lines under them.
     */
    private record Draft(int year, String subject, String who, CountyFigures figures, String keyAreaDetail,
                         RequestTable requests, FormatEdition edition, List<FormTables.Block> tableTwo, String tableTwoNote,
                         List<FormTables.Cell> tableFour, String tableFourSentence) {}

    static Path write(YearEndData data, Path file) {
        boolean national = data.edition().hasNationalTables();
        return write(new Draft(data.year(), data.countyName(), "全县", data.figures(), keyAreaDetail(data), data.requests(),
                data.edition(), national ? FormTables.tableTwo(data) : List.of(), national ? FormTables.tableTwoNote(data) : "",
                national ? FormTables.tableFour(data) : List.of(), national ? FormTables.tableFourSentence(data) : ""), file);
    }

    /** A department's own draft (design.md §7): the same sections and tables, its own figures and its own form. */
    static Path write(DepartmentReportData data, Path file) {
        return write(new Draft(data.year(), data.department(), "本机关", data.figures(), "", data.requests(), data.edition(),
                FormTables.tableTwo(data.year(), data.form()), FormTables.departmentNote(data.form()),
                FormTables.tableFour(data.form()), FormTables.tableFourSentence(data.form(), "本机关报回的填报表")), file);
    }

    private static Path write(Draft draft, Path file) {
        return AtomicFile.write(file, stream -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                a4(doc);
                content(doc, draft);
                doc.write(stream);
            }
        });
    }

    private static void content(XWPFDocument doc, Draft data) {
        int year = data.year();
        CountyFigures f = data.figures();
        boolean national = data.edition().hasNationalTables();
        heading(doc, year + "年" + data.subject() + "政府信息公开工作年度报告", 18, ParagraphAlignment.CENTER);
        paragraph(doc, "本年度报告依据《中华人民共和国政府信息公开条例》编制。" + placeholder("报告依据的上级通知、报告构成、电子版下载地址、联系方式"));
        paragraph(doc, "本年度报告中使用数据统计期限为" + year + "年1月1日起至" + year + "年12月31日止。");

        heading(doc, SECTIONS.get(0), 14, ParagraphAlignment.LEFT);
        paragraph(doc, year + "年，" + data.who() + "主动公开政府信息" + f.distinctItems() + "条（相同信息计1条）。"
                + placeholder("本年度政府信息公开工作的总体情况：组织领导、制度建设、平台建设、重点工作"));

        heading(doc, SECTIONS.get(1), 14, ParagraphAlignment.LEFT);
        paragraph(doc, "今年，" + data.subject() + "在政府网站主动公开各类政府信息" + f.website() + "条（相同信息计1条），"
                + "通过其他方式公开" + f.otherChannels() + "条，其中公开规范性文件" + f.normativeDocuments() + "件，政策解读"
                + f.policyInterpretations() + "件，解读率" + rate(f) + "。试点领域信息" + f.pilotAreas() + "条，重点领域信息"
                + f.keyAreas() + "条" + data.keyAreaDetail() + "，在线调查" + f.onlineSurveys() + "条，依申请公开"
                + f.requests() + "件。" + placeholder("重点领域公开、政策解读、回应关切等工作情况"));
        countyTable(doc, f);
        if (national) {
            paragraph(doc, "主动公开政府信息情况（国家格式）：");
            tableTwo(doc, data.tableTwo());
            paragraph(doc, data.tableTwoNote());
        }

        heading(doc, SECTIONS.get(2), 14, ParagraphAlignment.LEFT);
        if (national) {
            RequestTable r = data.requests();
            int total = RequestTable.TOTAL;
            paragraph(doc, "本年度共新收政府信息公开申请" + r.value(RequestTable.RECEIVED, total) + "件，上年结转"
                    + r.value(RequestTable.CARRIED_OVER, total) + "件；本年度办结" + r.value(RequestTable.COMPLETED_TOTAL, total)
                    + "件，其中予以公开" + r.value("（一）予以公开", total) + "件、部分公开" + r.value("（二）部分公开", total)
                    + "件；结转下年度继续办理" + r.value(RequestTable.CARRIED_FORWARD, total) + "件。" + placeholder("依申请公开的办理情况"));
            tableThree(doc, r, data.edition());
        } else {
            paragraph(doc, "本年度共受理政府信息公开申请" + f.requests() + "件。" + placeholder("依申请公开的办理情况"));
        }

        heading(doc, SECTIONS.get(3), 14, ParagraphAlignment.LEFT);
        if (national) {
            tableFour(doc, data.tableFour());
            paragraph(doc, data.tableFourSentence() + placeholder("本年度行政复议、行政诉讼情况"));
        } else {
            paragraph(doc, placeholder("本年度行政复议、行政诉讼情况"));
        }

        heading(doc, SECTIONS.get(4), 14, ParagraphAlignment.LEFT);
        paragraph(doc, placeholder("工作存在的主要问题及改进情况"));
        heading(doc, SECTIONS.get(5), 14, ParagraphAlignment.LEFT);
        paragraph(doc, placeholder("政府信息公开信息处理费收取情况及其他需要报告的事项"));
    }

    static String placeholder(String what) {
        return "【请填写：" + what + "】";
    }

    private static String rate(CountyFigures f) {
        return f.interpretationRate().isPresent() ? String.format("%.0f%%", f.interpretationRate().getAsDouble()) : "—";
    }

    private static String keyAreaDetail(YearEndData data) {
        List<String> parts = new ArrayList<>();
        for (Count area : data.keyAreas()) {
            if (YearEndQueries.KEY_SUB_AREAS.contains(area.label())) {
                parts.add(area.label() + area.items() + "条");
            }
        }
        return parts.isEmpty() ? "" : "（其中" + String.join("，", parts) + "）";
    }

    private static void countyTable(XWPFDocument doc, CountyFigures f) {
        List<String> values = new ArrayList<>();
        values.add("数量");
        for (int value : f.reportRow()) {
            values.add(Integer.toString(value));
        }
        table(doc, List.of(YearExports.COUNTY_HEADER, values), 1, 1500);
    }

    /** Table 二, block by block, as {@link FormTables} fills it (the year's edition). */
    private static void tableTwo(XWPFDocument doc, List<FormTables.Block> blocks) {
        for (FormTables.Block block : blocks) {
            List<List<String>> rows = new ArrayList<>();
            List<String> caption = new ArrayList<>(List.of(block.caption()));
            block.columns().forEach(c -> caption.add(""));
            rows.add(caption);
            List<String> header = new ArrayList<>(List.of("信息内容"));
            header.addAll(block.columns());
            rows.add(header);
            for (FormTables.Line line : block.lines()) {
                List<String> row = new ArrayList<>(List.of(line.label()));
                line.cells().forEach(c -> row.add(c.text()));
                rows.add(row);
            }
            XWPFTable table = table(doc, rows, 2, 3000);
            span(table.getRow(0).getCell(0), block.columns().size() + 1);
            while (table.getRow(0).getTableCells().size() > 1) {
                table.getRow(0).removeCell(1);
            }
            keepTogether(table);
        }
    }

    private static void tableThree(XWPFDocument doc, RequestTable requests, FormatEdition edition) {
        List<List<String>> rows = new ArrayList<>();
        List<String> top = new ArrayList<>(List.of(NationalFormat.TABLE_THREE_CORNER, "自然人", "法人或其他组织", "", "", "", "", "总计"));
        List<String> bottom = new ArrayList<>(List.of("", ""));
        bottom.addAll(RequestTable.COLUMNS.subList(1, 6));
        bottom.add("");
        rows.add(top);
        rows.add(bottom);
        String group = "";
        String sub = "";
        List<String> blank = new ArrayList<>();
        RequestTable.COLUMNS.forEach(c -> blank.add(""));
        for (TableThreeRow row : NationalFormat.tableThree(edition)) {
            if (!row.group().isEmpty() && !row.group().equals(group)) {
                rows.add(withLabel(row.group(), blank));
            }
            if (!row.subGroup().isEmpty() && !row.subGroup().equals(sub)) {
                rows.add(withLabel(row.subGroup(), blank));
            }
            group = row.group();
            sub = row.subGroup();
            List<String> values = new ArrayList<>();
            for (int c = 0; c < RequestTable.COLUMNS.size(); c++) {
                values.add(Integer.toString(NationalFormat.tableThreeValue(row, requests, c)));
            }
            rows.add(withLabel(row.label(), values));
        }
        XWPFTable table = table(doc, rows, 2, 3400);
        // the two header rows repeat on the next page, and no row is split across pages
        for (int r = 0; r < table.getRows().size(); r++) {
            table.getRow(r).setRepeatHeader(r < 2);
            table.getRow(r).setCantSplitRow(true);
        }
        verticalMerge(table.getRow(0).getCell(0), table.getRow(1).getCell(0));
        verticalMerge(table.getRow(0).getCell(1), table.getRow(1).getCell(1));
        verticalMerge(table.getRow(0).getCell(7), table.getRow(1).getCell(7));
        span(table.getRow(0).getCell(2), 5);
        for (int c = 6; c >= 3; c--) {
            table.getRow(0).removeCell(c);
        }
    }

    private static void tableFour(XWPFDocument doc, List<FormTables.Cell> cells) {
        List<String> groups = new ArrayList<>();
        List<String> results = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String group : NationalFormat.TABLE_FOUR_GROUPS) {
            for (String result : NationalFormat.TABLE_FOUR_RESULTS) {
                groups.add(result.equals("结果维持") ? group : "");
                results.add(result);
                values.add(cells.get(values.size()).text());
            }
        }
        XWPFTable table = table(doc, List.of(groups, results, values), 2, TEXT_WIDTH / 15);
        for (int g = NationalFormat.TABLE_FOUR_GROUPS.size() - 1; g >= 0; g--) {
            int first = g * NationalFormat.TABLE_FOUR_RESULTS.size();
            span(table.getRow(0).getCell(first), NationalFormat.TABLE_FOUR_RESULTS.size());
            for (int i = NationalFormat.TABLE_FOUR_RESULTS.size() - 1; i >= 1; i--) {
                table.getRow(0).removeCell(first + i);
            }
        }
        keepTogether(table);
    }

    /** A short table is not split over two pages: every row stays whole and with the row after it. */
    private static void keepTogether(XWPFTable table) {
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r < table.getNumberOfRows() - 1) {
                row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(AnnualReportDocument::keepWithNext));
            }
        }
    }

    private static void keepWithNext(XWPFParagraph p) {
        CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!properties.isSetKeepNext()) {
            properties.addNewKeepNext();
        }
    }

    private static List<String> withLabel(String label, List<String> values) {
        List<String> row = new ArrayList<>(List.of(label));
        row.addAll(values);
        return row;
    }

    /** A bordered table; the first {@code headerRows} rows bold. Every cell is plain text from the data. */
    private static XWPFTable table(XWPFDocument doc, List<List<String>> rows, int headerRows, int firstColumn) {
        int cols = rows.get(0).size();
        XWPFTable table = doc.createTable(rows.size(), cols);
        table.setTableAlignment(TableRowAlign.CENTER);
        grid(table, cols, firstColumn);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(c == 0 && r >= headerRows ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                XWPFRun run = p.createRun();
                font(run, cols > 10 ? 8 : 10);
                run.setBold(r < headerRows);
                run.setText(rows.get(r).get(c));
            }
        }
        return table;
    }

    /**
     * A fixed grid: the label column wide, the figures sharing the rest. Without it Word and
     * LibreOffice make all columns equal and the long Table 三 labels wrap a character per line.
     */
    private static void grid(XWPFTable table, int cols, int firstColumn) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int rest = (TEXT_WIDTH - firstColumn) / (cols - 1);
        for (int c = 0; c < cols; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c == 0 ? firstColumn : rest));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(Integer.toString(c == 0 ? firstColumn : rest));
            }
        }
    }

    private static void verticalMerge(XWPFTableCell top, XWPFTableCell below) {
        (top.getCTTc().isSetTcPr() ? top.getCTTc().getTcPr() : top.getCTTc().addNewTcPr()).addNewVMerge().setVal(STMerge.RESTART);
        (below.getCTTc().isSetTcPr() ? below.getCTTc().getTcPr() : below.getCTTc().addNewTcPr()).addNewVMerge().setVal(STMerge.CONTINUE);
    }

    private static void span(XWPFTableCell cell, int columns) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    private static void heading(XWPFDocument doc, String text, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(200);
        p.setSpacingAfter(120);
        XWPFRun run = p.createRun();
        font(run, size);
        run.setBold(true);
        run.setText(text);
        keepWithNext(p); // a heading is never left alone at the foot of a page
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(480);
        p.setSpacingAfter(120);
        XWPFRun run = p.createRun();
        font(run, 12);
        run.setText(text);
    }

    private static void font(XWPFRun run, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz page = section.addNewPgSz();
        page.setW(BigInteger.valueOf(11906));
        page.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
    }
}
