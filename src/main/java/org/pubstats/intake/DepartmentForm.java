package org.pubstats.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The department form (「表二、表四填报表」) that {@code ./pubstats forms} writes and the inbox reads back: Table 二
 * and Table 四 of the national annual-report format, one figure to a row, for what no list in the inbox holds.
 * <p>
 * Its layout is fixed, so a returned form is recognised wherever it lies in the inbox and whatever it is called:
 * cell A{@value #MARKER_ROW} holds {@value #MARKER_LABEL} and B{@value #MARKER_ROW} {@value #MARKER}; the rows below
 * name the department ({@value #DEPARTMENT_LABEL}) and the year ({@value #YEAR_LABEL}); then comes the header row
 * {@link #HEADER} and one row per figure, its code in column A and the figure in column {@link #VALUE_COLUMN} (G).
 * Everything but column G is locked when the form is written.
 * <p>
 * The figures follow the year's format: Table 二 of the 2021 format from the 2021 reports on, Table 二 of the 2019
 * trial format (other rows and columns) for 2019–2020; Table 四 (15 figures) is the same in both. Before 2019 there
 * is no form.
 */
public final class DepartmentForm {

    /** The form's marker, in B2; the version follows the slash. */
    public static final String MARKER = "pubstats-department-form/1";
    public static final String MARKER_LABEL = "表单标识";
    public static final String DEPARTMENT_LABEL = "填报单位";
    public static final String YEAR_LABEL = "年度";
    public static final String EDITION_LABEL = "格式";
    public static final String SHEET = "表二表四";
    /** 1-based rows of the fixed cells. */
    public static final int MARKER_ROW = 2;
    public static final int DEPARTMENT_ROW = 3;
    public static final int YEAR_ROW = 4;
    public static final int HEADER_ROW = 7;
    public static final List<String> HEADER = List.of("代码", "表", "项目", "信息内容", "指标", "单位", "填报数");
    /** 0-based column of the figure (G). */
    public static final int VALUE_COLUMN = 6;

    /** What a figure holds: a count (whole, ≥ 0), a change (whole, may be negative) or an amount in 万元 (two decimals, ≥ 0). */
    public enum Kind { COUNT, CHANGE, AMOUNT }

    /**
     * One figure of the form: its stable code (stored in the warehouse), its table (二 or 四), the block caption
     * (第二十条第（一）项, 行政复议 …), the row (信息内容) and column it fills, its unit and kind.
     */
    public record Figure(String code, String table, String block, String row, String column, String unit, Kind kind) {}

    /** The form's department and year as its fixed cells give them. */
    public record Header(String department, int year) {}

    public static final List<String> TABLE_FOUR_BLOCKS = List.of("行政复议", "行政诉讼：未经复议直接起诉", "行政诉讼：复议后起诉");
    public static final List<String> TABLE_FOUR_RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private static final List<Figure> TABLE_TWO_2021 = tableTwo2021();
    private static final List<Figure> TABLE_TWO_2019 = tableTwo2019();
    private static final List<Figure> TABLE_FOUR = buildTableFour();

    private DepartmentForm() {
    }

    /** Whether the year has a form (the national tables start with the 2019 reports). */
    public static boolean hasForm(int year) {
        return year >= 2019;
    }

    /** Whether the year follows the 2019 trial format (2019–2020). */
    public static boolean trialFormat(int year) {
        return year >= 2019 && year < 2021;
    }

    public static String editionName(int year) {
        return trialFormat(year) ? "2019年试行格式" : "2021年格式";
    }

    /** The year's figures, Table 二 first; empty before 2019. */
    public static List<Figure> figures(int year) {
        if (!hasForm(year)) {
            return List.of();
        }
        List<Figure> all = new ArrayList<>(tableTwo(year));
        all.addAll(TABLE_FOUR);
        return List.copyOf(all);
    }

    public static List<Figure> tableTwo(int year) {
        return trialFormat(year) ? TABLE_TWO_2019 : TABLE_TWO_2021;
    }

    public static List<Figure> tableFour() {
        return TABLE_FOUR;
    }

    public static Optional<Figure> figure(int year, String code) {
        return figures(year).stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /**
     * The code of Table 二's figure for 规范性文件 made this year (本年制发件数 in 2021, 本年新制作数量 in 2019), which the
     * county table's 规范性文件 cell of the national Table 二 takes from the forms.
     */
    public static String normativeIssuedCode(int year) {
        return trialFormat(year) ? "T2S-04" : "T2-04";
    }

    /** The code of Table 四's figure in a block (0–2) and result column (0–4, 4 = 总计). */
    public static String tableFourCode(int block, int result) {
        return String.format("T4-%02d", block * TABLE_FOUR_RESULTS.size() + result + 1);
    }

    /**
     * The header row of a returned form: {@code row} must be {@link #HEADER} exactly and the rows above it (as read,
     * the first row first) must carry the marker, a department and a year; else empty (the sheet is read as any
     * other).
     */
    public static Optional<Header> recognise(List<RawRow> above, RawRow row) {
        if (!isHeader(row)) {
            return Optional.empty();
        }
        boolean marked = false;
        String department = null;
        Integer year = null;
        for (RawRow r : above) {
            String label = r.cell(0).strip();
            String value = r.cell(1).strip();
            if (label.equals(MARKER_LABEL) && value.startsWith(MARKER.substring(0, MARKER.indexOf('/') + 1))) {
                marked = true;
            } else if (label.equals(DEPARTMENT_LABEL) && !value.isEmpty()) {
                department = value;
            } else if (label.equals(YEAR_LABEL)) {
                year = year(value);
            }
        }
        if (!marked || department == null || year == null || !hasForm(year)) {
            return Optional.empty();
        }
        return Optional.of(new Header(department, year));
    }

    private static boolean isHeader(RawRow row) {
        for (int i = 0; i < HEADER.size(); i++) {
            if (!row.cell(i).strip().equals(HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Integer year(String text) {
        String digits = text.replace("年", "").strip();
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        try {
            int year = Integer.parseInt(digits);
            return year >= 1949 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Figure> tableTwo2021() {
        List<Figure> out = new ArrayList<>();
        String one = "第二十条第（一）项";
        int n = 1;
        for (String row : List.of("规章", "行政规范性文件")) {
            for (String column : List.of("本年制发件数", "本年废止件数", "现行有效件数")) {
                out.add(new Figure(code("T2", n++), "二", one, row, column, "件", Kind.COUNT));
            }
        }
        out.add(new Figure(code("T2", n++), "二", "第二十条第（五）项", "行政许可", "本年处理决定数量", "件", Kind.COUNT));
        out.add(new Figure(code("T2", n++), "二", "第二十条第（六）项", "行政处罚", "本年处理决定数量", "件", Kind.COUNT));
        out.add(new Figure(code("T2", n++), "二", "第二十条第（六）项", "行政强制", "本年处理决定数量", "件", Kind.COUNT));
        out.add(new Figure(code("T2", n), "二", "第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", "万元", Kind.AMOUNT));
        return List.copyOf(out);
    }

    private static List<Figure> tableTwo2019() {
        List<Figure> out = new ArrayList<>();
        int n = 1;
        for (String row : List.of("规章", "规范性文件")) {
            for (String column : List.of("本年新制作数量", "本年新公开数量", "对外公开总数量")) {
                out.add(new Figure(code("T2S", n++), "二", "第二十条第（一）项", row, column, "件", Kind.COUNT));
            }
        }
        List<String> managed = List.of("上一年项目数量", "本年增/减", "处理决定数量");
        for (String[] block : new String[][] {{"第二十条第（五）项", "行政许可"}, {"第二十条第（五）项", "其他对外管理服务事项"},
                {"第二十条第（六）项", "行政处罚"}, {"第二十条第（六）项", "行政强制"}}) {
            for (String column : managed) {
                out.add(new Figure(code("T2S", n++), "二", block[0], block[1], column,
                        column.startsWith("处理") ? "件" : "项", column.equals("本年增/减") ? Kind.CHANGE : Kind.COUNT));
            }
        }
        out.add(new Figure(code("T2S", n++), "二", "第二十条第（八）项", "行政事业性收费", "上一年项目数量", "项", Kind.COUNT));
        out.add(new Figure(code("T2S", n++), "二", "第二十条第（八）项", "行政事业性收费", "本年增/减", "项", Kind.CHANGE));
        out.add(new Figure(code("T2S", n++), "二", "第二十条第（九）项", "政府集中采购", "采购项目数量", "项", Kind.COUNT));
        out.add(new Figure(code("T2S", n), "二", "第二十条第（九）项", "政府集中采购", "采购总金额", "万元", Kind.AMOUNT));
        return List.copyOf(out);
    }

    private static List<Figure> buildTableFour() {
        List<Figure> out = new ArrayList<>();
        for (int b = 0; b < TABLE_FOUR_BLOCKS.size(); b++) {
            for (int r = 0; r < TABLE_FOUR_RESULTS.size(); r++) {
                // the format's header levels: 行政复议 | 行政诉讼 → 未经复议直接起诉, 复议后起诉 | the five results
                out.add(new Figure(tableFourCode(b, r), "四", b == 0 ? "行政复议" : "行政诉讼",
                        List.of("行政复议", "未经复议直接起诉", "复议后起诉").get(b), TABLE_FOUR_RESULTS.get(r), "件", Kind.COUNT));
            }
        }
        return List.copyOf(out);
    }

    private static String code(String prefix, int n) {
        return String.format("%s-%02d", prefix, n);
    }
}
