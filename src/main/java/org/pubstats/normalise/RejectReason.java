package org.pubstats.normalise;

/** Stable reason codes for rejected rows; they appear in rejected-YYYY.csv and scripts rely on them. */
public enum RejectReason {
    NO_TITLE("缺少信息标题"),
    JUNK_TITLE("信息标题不是有效文字"),
    NO_DATE("缺少发布日期"),
    BAD_DATE("发布日期无法识别"),
    DATE_OUT_OF_RANGE("发布日期不在1949年至2100年之间"),
    BAD_ENCODING("该行文字编码与文件其他部分不一致，无法识别");

    private final String chinese;

    RejectReason(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
