package org.pubstats.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.pubstats.sample.SampleItemRow.Role;

/**
 * Lays the model's rows out into files the way each department really sends them (design.md §2.2):
 * title rows and merged title cells above the header, header names among the synonyms, a 序号
 * column, dates in many forms, 合计 rows, blank rows, quarter sheets with a hidden drop-down sheet,
 * monthly files, and the broken and stray files. Decides only presentation: what each row says
 * is fixed by the model.
 */
final class InboxPlanner {

    private enum Col { SERIAL, TITLE, DOC_NO, INDEX_NO, DATE, CHANNEL, CATEGORY, URL, DEPARTMENT, WRITTEN_ON, REMARK, OFFICE }

    private record Layout(List<Col> cols, Map<Col, String> headers) {
        int indexOf(Col c) {
            return cols.indexOf(c);
        }
    }

    /** How dates look in one file: a main form and an occasional other one. */
    private enum DateStyle { NATIVE_ISO, NATIVE_SLASH, NATIVE_CN, NATIVE_TIME, SERIAL,
        ISO, SLASH, DOT, COMPACT, CN, ISO_TIME, SLASH_TIME, FULLWIDTH_CN, FULLWIDTH_ISO }

    private static final List<DateStyle> TEXT_STYLES = List.of(DateStyle.ISO, DateStyle.SLASH, DateStyle.DOT,
            DateStyle.COMPACT, DateStyle.CN, DateStyle.ISO_TIME, DateStyle.SLASH_TIME, DateStyle.FULLWIDTH_CN,
            DateStyle.FULLWIDTH_ISO);
    private static final List<DateStyle> SHEET_STYLES = List.of(DateStyle.NATIVE_ISO, DateStyle.NATIVE_ISO,
            DateStyle.NATIVE_SLASH, DateStyle.NATIVE_CN, DateStyle.NATIVE_TIME, DateStyle.SERIAL, DateStyle.ISO,
            DateStyle.CN, DateStyle.SLASH);
    private static final String[] SEPARATORS = {"、", "、", ",", "，", ";", "；", "/", "\n"};

    private final SampleModel model;
    private final Random rnd = new Random(SampleModel.SEED + 1);
    private final List<FilePlan> files = new ArrayList<>();
    private int blankRows;
    private int totalRows;
    /** Where each model row was written: file, sheet, 1-based row number. */
    private final Map<Integer, Location> locations = new LinkedHashMap<>();
    /** For rows of CSV and text files: the physical line the record starts on, as the pipeline numbers rows. */
    private final Map<Integer, Integer> startLines = new LinkedHashMap<>();

    record Location(String file, String sheet, int row) {
    }

    InboxPlanner(SampleModel model) {
        this.model = model;
    }

    List<FilePlan> plan() {
        for (DeptProfile p : model.profiles()) {
            planDepartment(p);
        }
        planSummary();
        planRequestLogs();
        planBrokenAndStrayFiles();
        return files;
    }

    int blankRows() {
        return blankRows;
    }

    int totalRows() {
        return totalRows;
    }

    Location location(int rowId) {
        return locations.get(rowId);
    }

    /**
     * Where the pipeline finds the row: as {@link #location}, but in CSV and text files the line the record starts
     * on (a cell with a line break inside makes the records after it start further down).
     */
    Location locationAsRead(int rowId) {
        Location at = locations.get(rowId);
        Integer line = startLines.get(rowId);
        return line == null ? at : new Location(at.file(), at.sheet(), line);
    }

    // ---------------------------------------------------------------- departments

    private void planDepartment(DeptProfile p) {
        Department d = p.dept();
        Layout layout = layout(p.columns());
        List<SampleItemRow> mine = model.rows().stream()
                .filter(r -> r.folder() == d && r.departmentCell() == null)
                .sorted(SampleModel.BY_DATE).toList();
        List<SampleItemRow> ofFile2017 = mine.stream().filter(this::inFileOf2017).toList();
        List<SampleItemRow> rest = mine.stream().filter(r -> !inFileOf2017(r)).toList();
        if (!ofFile2017.isEmpty()) {
            file(d, "2017年7-12月政府信息公开目录", FileFormat.xls(), layout, List.of(sheet("Sheet1", ofFile2017)),
                    d.name() + "2017年7-12月政府信息公开目录");
        }
        LocalDate july = LocalDate.of(SampleModel.YEAR, 7, 1);
        Predicate<SampleItemRow> firstHalf = r -> r.date().isBefore(july);
        String title = d.name() + SampleModel.YEAR + "年政府信息主动公开目录";
        switch (p.scheme()) {
            case SINGLE -> file(d, pick(new String[] {title, SampleModel.YEAR + "年政府信息公开台账",
                    "政府信息公开目录" + SampleModel.YEAR, d.shortName() + SampleModel.YEAR + "年公开信息"}),
                    p.formats().get(0), layout, List.of(sheet("Sheet1", rest)), title);
            case HALVES -> {
                file(d, SampleModel.YEAR + "年1-6月政府信息公开目录", p.formats().get(0), layout,
                        List.of(sheet("1-6月", filter(rest, firstHalf))), title + "（1-6月）");
                file(d, SampleModel.YEAR + "年7-12月政府信息公开目录", p.formats().get(p.formats().size() - 1), layout,
                        List.of(sheet("7-12月", filter(rest, firstHalf.negate()))), title + "（7-12月）");
            }
            case CUMULATIVE -> {
                file(d, SampleModel.YEAR + "年上半年公开目录", p.formats().get(0), layout,
                        List.of(sheet("上半年", filter(rest, r -> r.role() != Role.COPY && firstHalf.test(r)))),
                        title + "（上半年）");
                file(d, SampleModel.YEAR + "年全年公开目录（含上半年）", p.formats().get(p.formats().size() - 1), layout,
                        List.of(sheet("全年", filter(rest, r -> r.role() == Role.COPY || !firstHalf.test(r)))),
                        title + "（全年）");
            }
            case QUARTER_SHEETS -> {
                String[] names = {"一季度", "二季度", "三季度", "四季度"};
                List<RowsOf> sheets = new ArrayList<>();
                for (int q = 0; q < 4; q++) {
                    int quarter = q;
                    sheets.add(sheet(names[q], filter(rest, r -> quarterOf(r) == quarter)));
                }
                file(d, SampleModel.YEAR + "年政府信息公开目录（分季度）", FileFormat.xlsx(), layout, sheets, title);
            }
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    int month = m;
                    file(d, String.format("%d年%02d月公开信息", SampleModel.YEAR, m), p.formats().get(0), layout,
                            List.of(sheet(m + "月", filter(rest, r -> monthOf(r) == month))),
                            d.name() + SampleModel.YEAR + "年" + m + "月政府信息公开情况");
                }
            }
            default -> throw new IllegalStateException(p.scheme().name());
        }
    }

    private boolean inFileOf2017(SampleItemRow r) {
        return r.itemId() != null && model.item(r.itemId()).note().equals("2017, in a file of 2017");
    }

    private static int quarterOf(SampleItemRow r) {
        return r.date().getYear() < SampleModel.YEAR ? 0 : r.date().getYear() > SampleModel.YEAR ? 3
                : (r.date().getMonthValue() - 1) / 3;
    }

    private static int monthOf(SampleItemRow r) {
        return r.date().getYear() < SampleModel.YEAR ? 1 : r.date().getYear() > SampleModel.YEAR ? 12
                : r.date().getMonthValue();
    }

    /** The 1-based line the record at {@code index} starts on: each record before it takes its line breaks' lines too. */
    private static int startLine(List<List<Cell>> records, int index) {
        int line = 1;
        for (List<Cell> record : records.subList(0, index)) {
            line++;
            for (Cell cell : record) {
                line += (int) cell.asText().chars().filter(c -> c == '\n').count();
            }
        }
        return line;
    }

    private static List<SampleItemRow> filter(List<SampleItemRow> rows, Predicate<SampleItemRow> p) {
        return rows.stream().filter(p).toList();
    }

    private record RowsOf(String sheetName, List<SampleItemRow> rows) {
    }

    private static RowsOf sheet(String name, List<SampleItemRow> rows) {
        return new RowsOf(name, rows);
    }

    private void file(Department d, String baseName, FileFormat format, Layout layout, List<RowsOf> sheets,
                      String titleLine) {
        List<DateStyle> pool = format.isSpreadsheet() ? SHEET_STYLES : TEXT_STYLES;
        DateStyle main = pick(pool);
        DateStyle second = pick(pool);
        boolean withTitle = format.isSpreadsheet() ? rnd.nextInt(100) < 85 : rnd.nextInt(100) < 40;
        boolean subtitle = withTitle && rnd.nextInt(100) < 35;
        boolean total = format.isSpreadsheet() && rnd.nextInt(100) < 55;
        boolean blankInside = rnd.nextInt(100) < 8;
        List<FilePlan.Sheet> out = new ArrayList<>();
        String path = d.name() + "/" + baseName + "." + format.extension();
        for (RowsOf s : sheets) {
            List<List<Cell>> rows = new ArrayList<>();
            List<int[]> merges = new ArrayList<>();
            int width = layout.cols().size();
            if (withTitle) {
                rows.add(padded(List.of(Cell.text(titleLine + (sheets.size() > 1 ? "（" + s.sheetName() + "）" : ""))),
                        format.kind() == FileFormat.Kind.CSV && rnd.nextBoolean() ? width : 1));
                merges.add(new int[] {rows.size() - 1, 0, width - 1});
                if (subtitle) {
                    rows.add(List.of(Cell.text("填报单位：" + d.name() + "　　填报日期：" + (SampleModel.YEAR + 1) + "年1月"
                            + (3 + rnd.nextInt(10)) + "日")));
                }
                if (rnd.nextBoolean()) {
                    rows.add(blank(width));
                }
            }
            rows.add(layout.cols().stream().map(c -> Cell.text(layout.headers().get(c))).toList());
            int firstData = rows.size();
            int serial = 0;
            for (int i = 0; i < s.rows().size(); i++) {
                if (blankInside && i == s.rows().size() / 2 && i > 0) {
                    rows.add(blank(width));
                    blankRows++;
                }
                rows.add(dataRow(s.rows().get(i), layout, format, ++serial, main, second));
                locations.put(s.rows().get(i).id(), new Location(path, format.isSpreadsheet() ? s.sheetName() : "",
                        rows.size()));
                if (!format.isSpreadsheet()) {
                    startLines.put(s.rows().get(i).id(), startLine(rows, rows.size() - 1));
                }
            }
            if (total && !s.rows().isEmpty()) {
                rows.add(totalRow(layout, s.rows().size(), sheets.size() > 1 ? "小计" : "合计"));
                totalRows++;
            }
            out.add(new FilePlan.Sheet(s.sheetName(), false, rows, merges, null, -1, firstData));
        }
        if (format.kind() == FileFormat.Kind.XLSX && layout.cols().contains(Col.CHANNEL)
                && (sheets.size() > 1 || rnd.nextInt(100) < 30)) {
            out.add(dropDownSheet());
            int column = layout.indexOf(Col.CHANNEL);
            List<FilePlan.Sheet> linked = new ArrayList<>();
            for (FilePlan.Sheet s : out) {
                linked.add(s.hidden() ? s : new FilePlan.Sheet(s.name(), false, s.rows(), s.merges(),
                        "下拉选项!$A$1:$A$" + DROP_DOWN.length, column, s.firstDataRow()));
            }
            out = linked;
        }
        files.add(new FilePlan(path, format, out, null, format.describe()));
    }

    private static final String[] DROP_DOWN = {"政府网站", "门户网站", "微信公众号", "政务微博", "智慧城市平台",
        "电子屏", "公开栏", "政务服务大厅", "市民APP", "广播电视", "报纸", "其他"};

    /** The hidden sheet Excel templates keep their drop-down lists in; the pipeline skips it. */
    private static FilePlan.Sheet dropDownSheet() {
        String[] categories = {"规范性文件", "政策解读", "试点领域", "重点领域", "在线调查", "其他"};
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < DROP_DOWN.length; i++) {
            rows.add(List.of(Cell.text(DROP_DOWN[i]), Cell.text(i < categories.length ? categories[i] : "")));
        }
        return new FilePlan.Sheet("下拉选项", true, rows, List.of(), null, -1, 0);
    }

    private static List<Cell> blank(int width) {
        List<Cell> row = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            row.add(Cell.EMPTY);
        }
        return row;
    }

    private static List<Cell> padded(List<Cell> cells, int width) {
        List<Cell> row = new ArrayList<>(cells);
        while (row.size() < width) {
            row.add(Cell.EMPTY);
        }
        return row;
    }

    /** 合计 in the first column and in the title column, the count in the last one. */
    private static List<Cell> totalRow(Layout layout, int count, String word) {
        List<Cell> row = blank(layout.cols().size());
        row.set(0, Cell.text(word));
        row.set(layout.indexOf(Col.TITLE), Cell.text(word));
        if (layout.cols().size() - 1 != layout.indexOf(Col.TITLE)) {
            row.set(layout.cols().size() - 1, Cell.text("共" + count + "条"));
        }
        return row;
    }

    private List<Cell> dataRow(SampleItemRow r, Layout layout, FileFormat format, int serial, DateStyle main,
                               DateStyle second) {
        List<Cell> cells = new ArrayList<>();
        for (Col c : layout.cols()) {
            cells.add(switch (c) {
                case SERIAL -> format.isSpreadsheet() ? new Cell.Number(serial) : Cell.text(Integer.toString(serial));
                case TITLE -> Cell.text(r.title());
                case DOC_NO -> Cell.text(r.docNo());
                case INDEX_NO -> Cell.text(r.indexNo());
                case DATE -> dateCell(r, format, rnd.nextInt(100) < 85 ? main : second);
                case CHANNEL -> Cell.text(joined(r.channels().stream().map(ch -> Vocabulary.spell(ch, rnd)).toList(),
                        format));
                case CATEGORY -> Cell.text(joined(r.labels(), format));
                case URL -> Cell.text(r.url());
                case DEPARTMENT -> Cell.text(r.departmentCell());
                case WRITTEN_ON -> Cell.text(r.badDate() != null || r.date().getYear() < 1949 ? ""
                        : r.date().minusDays(rnd.nextInt(6)).format(DateTimeFormatter.ISO_LOCAL_DATE));
                case REMARK -> Cell.text(rnd.nextInt(100) < 10 ? "已公开" : "");
                case OFFICE -> Cell.text(pick(new String[] {"办公室", "综合股", "业务股", "财务室"}));
            });
        }
        return cells;
    }

    private String joined(List<String> values, FileFormat format) {
        if (values.size() < 2) {
            return values.isEmpty() ? "" : values.get(0);
        }
        String sep;
        do {
            sep = pick(SEPARATORS);
        } while (sep.equals("\n") && !format.allowsLineBreaks());
        return String.join(sep, values);
    }

    private Cell dateCell(SampleItemRow r, FileFormat format, DateStyle style) {
        if (r.badDate() != null) {
            return Cell.text(r.badDate());
        }
        LocalDate d = r.date();
        boolean ancient = d.getYear() < 1949;
        if (ancient && style == DateStyle.SERIAL) {
            style = DateStyle.NATIVE_ISO; // serial 1 would read as a bad date rather than an out-of-range one
        }
        LocalDateTime t = d.atTime(LocalTime.of(8 + rnd.nextInt(9), rnd.nextInt(60)));
        return switch (style) {
            case NATIVE_ISO -> new Cell.Date(d.atStartOfDay(), "yyyy-mm-dd");
            case NATIVE_SLASH -> new Cell.Date(d.atStartOfDay(), "yyyy/m/d");
            case NATIVE_CN -> new Cell.Date(d.atStartOfDay(), "yyyy\"年\"m\"月\"d\"日\"");
            case NATIVE_TIME -> new Cell.Date(t, "yyyy-mm-dd hh:mm");
            case SERIAL -> new Cell.Number(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d));
            case ISO -> Cell.text(d.toString());
            case SLASH -> Cell.text(d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth());
            case DOT -> Cell.text(d.format(DateTimeFormatter.ofPattern("uuuu.MM.dd")));
            case COMPACT -> Cell.text(d.format(DateTimeFormatter.BASIC_ISO_DATE));
            case CN -> Cell.text(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
            case ISO_TIME -> Cell.text(t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")));
            case SLASH_TIME -> Cell.text(d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth() + " "
                    + t.getHour() + ":" + String.format("%02d", t.getMinute()));
            case FULLWIDTH_CN -> Cell.text(Variants.fullWidthDigits(d.getYear() + "年" + d.getMonthValue() + "月"
                    + d.getDayOfMonth() + "日"));
            case FULLWIDTH_ISO -> Cell.text(Variants.fullWidthDigits(d.toString()).replace('-', '－'));
        };
    }

    // ---------------------------------------------------------------- layouts

    private Layout layout(Columns columns) {
        List<Col> cols = new ArrayList<>();
        if (columns.serial()) {
            cols.add(Col.SERIAL);
        }
        boolean indexFirst = columns.indexNo() && rnd.nextBoolean();
        if (indexFirst) {
            cols.add(Col.INDEX_NO);
        }
        if (columns.department()) {
            cols.add(Col.DEPARTMENT);
        }
        cols.add(Col.TITLE);
        if (columns.docNo()) {
            cols.add(Col.DOC_NO);
        }
        if (columns.indexNo() && !indexFirst) {
            cols.add(Col.INDEX_NO);
        }
        if (rnd.nextInt(100) < 15) {
            cols.add(Col.WRITTEN_ON);
        }
        cols.add(Col.DATE);
        if (columns.channel()) {
            cols.add(Col.CHANNEL);
        }
        if (columns.category()) {
            cols.add(rnd.nextBoolean() || !columns.channel() ? cols.size() : cols.size() - 1, Col.CATEGORY);
        }
        if (rnd.nextInt(100) < 20) {
            cols.add(Col.OFFICE);
        }
        if (columns.url()) {
            cols.add(Col.URL);
        }
        if (rnd.nextInt(100) < 30) {
            cols.add(Col.REMARK);
        }
        boolean english = rnd.nextInt(100) < 4;
        Map<Col, String> headers = new LinkedHashMap<>();
        for (Col c : cols) {
            headers.put(c, switch (c) {
                case SERIAL -> "序号";
                case TITLE -> english ? "Title" : pick(new String[] {"信息标题", "标题", "信息名称", "名称", "文件名称",
                    "题目", "*信息标题", "标 题"});
                case DOC_NO -> pick(new String[] {"文号", "发文字号", "文件编号", "发文号"});
                case INDEX_NO -> pick(new String[] {"索引号", "信息索引号", "索引编号"});
                case DATE -> english ? "Date" : pick(new String[] {"发布日期", "公开日期", "发布时间", "公开时间", "日期",
                    "发布日期："});
                case CHANNEL -> english ? "Channel" : pick(new String[] {"公开渠道", "发布渠道", "公开方式", "公开载体",
                    "渠道", "载体"});
                case CATEGORY -> english ? "Category" : pick(new String[] {"信息类别", "公开领域", "类别", "分类",
                    "信息分类", "领域"});
                case URL -> pick(new String[] {"链接", "网址", "链接地址", "网页地址", "URL", "ＵＲＬ"});
                case DEPARTMENT -> "发布单位";
                case WRITTEN_ON -> "成文日期";
                case REMARK -> "备注";
                case OFFICE -> "责任科室";
            });
        }
        return new Layout(cols, headers);
    }

    // ---------------------------------------------------------------- other files

    /** The government office's summary of key information: rows of many units, with 发布单位. */
    private void planSummary() {
        Department gov = Departments.named(Departments.GOVERNMENT_OFFICE);
        List<SampleItemRow> rows = model.rows().stream().filter(r -> r.departmentCell() != null)
                .sorted(SampleModel.BY_DATE).toList();
        Layout layout = layout(new Columns(true, true, true, true, true, false, true));
        file(gov, SampleModel.YEAR + "年全县重点领域信息汇总表", FileFormat.xlsx(), layout, List.of(sheet("汇总", rows)),
                "呼玛县" + SampleModel.YEAR + "年重点领域政府信息公开汇总表");
    }

    private void planRequestLogs() {
        Map<Department, List<SampleRequestRow>> byDept = new LinkedHashMap<>();
        for (SampleRequestRow r : model.requests()) {
            byDept.computeIfAbsent(r.dept(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Department, List<SampleRequestRow>> e : byDept.entrySet()) {
            Department d = e.getKey();
            List<SampleRequestRow> list = e.getValue();
            switch (d.name()) {
                case Departments.GOVERNMENT_OFFICE -> requestLog(d, "依申请公开登记台账" + SampleModel.YEAR,
                        FileFormat.xlsx(), list, new String[] {"序号", "申请编号", "申请人类型", "收到日期", "申请内容", "办理结果"});
                case "呼玛县自然资源局" -> requestLog(d, "依申请公开办理情况",
                        FileFormat.csv(FileFormat.UTF8, true, ',', false, "\r\n"), list,
                        new String[] {"申请号", "申请人类别", "申请日期", "申请内容", "答复结果"});
                default -> requestLog(d, SampleModel.YEAR + "年依申请公开登记表", FileFormat.xls(), list,
                        new String[] {"序号", "受理编号", "收到申请日期", "申请人类型", "申请内容", "处理结果"});
            }
        }
    }

    private void requestLog(Department d, String name, FileFormat format, List<SampleRequestRow> list, String[] header) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(padded(List.of(Cell.text(d.name() + "政府信息公开申请登记台账")), 1));
        rows.add(List.of(header).stream().map(Cell::text).toList());
        int serial = 0;
        for (SampleRequestRow r : list) {
            serial++;
            List<Cell> row = new ArrayList<>();
            for (String h : header) {
                row.add(switch (h) {
                    case "序号" -> new Cell.Number(serial);
                    case "申请编号", "申请号", "受理编号" -> Cell.text(r.number());
                    case "申请人类型", "申请人类别" -> Cell.text(r.applicantType());
                    case "收到日期", "申请日期", "收到申请日期" -> format.isSpreadsheet()
                            ? new Cell.Date(r.received().atStartOfDay(), "yyyy-mm-dd")
                            : Cell.text(r.received().getYear() + "年" + r.received().getMonthValue() + "月"
                            + r.received().getDayOfMonth() + "日");
                    case "申请内容" -> Cell.text(r.subject());
                    default -> Cell.text(r.outcome());
                });
            }
            rows.add(format.isSpreadsheet() ? row : row.stream().map(c -> Cell.text(c.asText())).toList());
        }
        files.add(new FilePlan(d.name() + "/" + name + "." + format.extension(), format,
                List.of(new FilePlan.Sheet("登记台账", false, rows, List.<int[]>of(new int[] {0, 0, header.length - 1}),
                        null, -1, 2)), null, "依申请公开 log, " + format.describe()));
    }

    /**
     * Files the pipeline must reject whole (a truncated workbook, random bytes named .xls, an empty
     * CSV) or skip (a .docx and a .pdf): none of their content may count.
     */
    private void planBrokenAndStrayFiles() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("序号"), Cell.text("信息标题"), Cell.text("发布日期"), Cell.text("公开渠道")));
        for (int i = 1; i <= 400; i++) {
            rows.add(List.of(new Cell.Number(i), Cell.text("呼玛县民政局2018年城乡低保资金发放明细（修订稿）第" + i + "项"),
                    new Cell.Date(LocalDate.of(SampleModel.YEAR, 1 + i % 12, 1 + i % 28).atStartOfDay(), "yyyy-mm-dd"),
                    Cell.text("政府网站、微信公众号")));
        }
        files.add(new FilePlan("呼玛县民政局/" + SampleModel.YEAR + "年公开目录（修订）.xlsx", FileFormat.xlsx(),
                List.of(new FilePlan.Sheet("Sheet1", false, rows, List.of(), null, -1, 1)), null,
                "a workbook cut off in transfer (truncated zip); must be rejected as a whole", true));
        byte[] noise = new byte[6144];
        rnd.nextBytes(noise);
        files.add(FilePlan.raw("呼玛县统计局/统计信息公开目录.xls", noise, "random bytes named .xls; must be rejected"));
        files.add(FilePlan.raw("呼玛县档案馆/" + SampleModel.YEAR + "年下半年公开目录.csv", new byte[0],
                "empty CSV; must be rejected"));
        files.add(FilePlan.raw(Departments.GOVERNMENT_OFFICE + "/关于报送政府信息公开年度报告的说明.docx",
                "PK\u0003\u0004 not really a document".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "a Word document; listed as skipped"));
        files.add(FilePlan.raw("呼玛县财政局/" + SampleModel.YEAR + "年预算公开说明.pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "a PDF; listed as skipped"));
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    static Comparator<FilePlan> byPath() {
        return Comparator.comparing(FilePlan::path);
    }
}
