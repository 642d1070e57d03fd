package org.pubstats.report;

import java.util.List;

/** Labels of the national-format tables (2021 format, reference §3.2–3.5), shared by the workbook and the draft report. */
final class NationalFormat {

    private NationalFormat() {
    }

    /** A block of Table 二: its caption, its rows and its columns. */
    record TableTwoBlock(String caption, List<String> rows, List<String> columns) {}

    static final List<TableTwoBlock> TABLE_TWO = List.of(
            new TableTwoBlock("第二十条第（一）项", List.of("规章", "行政规范性文件"), List.of("本年制发件数", "本年废止件数", "现行有效件数")),
            new TableTwoBlock("第二十条第（五）项", List.of("行政许可"), List.of("本年处理决定数量")),
            new TableTwoBlock("第二十条第（六）项", List.of("行政处罚", "行政强制"), List.of("本年处理决定数量")),
            new TableTwoBlock("第二十条第（八）项", List.of("行政事业性收费"), List.of("本年收费金额（单位：万元）")));

    static final String TABLE_THREE_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /** A row of Table 三: its group (merged cell on the left, may be empty), its label, and which figure it holds. */
    record TableThreeRow(String group, String subGroup, String label, Figure figure) {}

    enum Figure { RECEIVED, GRANTED, NONE }

    static final List<TableThreeRow> TABLE_THREE = List.of(
            new TableThreeRow("", "", "一、本年新收政府信息公开申请数量", Figure.RECEIVED),
            new TableThreeRow("", "", "二、上年结转政府信息公开申请数量", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "", "（一）予以公开", Figure.GRANTED),
            new TableThreeRow("三、本年度办理结果", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（五）不予处理", "2.重复申请", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（六）其他处理",
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（六）其他处理",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "（六）其他处理", "3.其他", Figure.NONE),
            new TableThreeRow("三、本年度办理结果", "", "（七）总计", Figure.NONE),
            new TableThreeRow("", "", "四、结转下年度继续办理", Figure.NONE));

    static final List<String> TABLE_FOUR_GROUPS = List.of("行政复议", "行政诉讼：未经复议直接起诉", "行政诉讼：复议后起诉");
    static final List<String> TABLE_FOUR_RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    static final String NO_DATA_NOTE = "“—”：数据库中无此数据，请按实际情况填写。";

    /** The figure of a Table 三 row in an applicant column, or null where the warehouse has none. */
    static Integer tableThreeValue(TableThreeRow row, RequestTable requests, int column) {
        return switch (row.figure()) {
            case RECEIVED -> requests.received()[column];
            case GRANTED -> requests.granted()[column];
            case NONE -> null;
        };
    }
}
