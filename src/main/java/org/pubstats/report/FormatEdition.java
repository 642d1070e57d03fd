package org.pubstats.report;

/**
 * Which layout a year's annual report follows (reference §2, §3, §5): before 2019 there was no national
 * layout, only the county's single table (the seed); the 2019 reports used the trial format
 * (国办公开办函〔2019〕60号, 试行); the 2021 format applies from the 2021 reports on. One switch, so the
 * workbook, the draft reports, the forms and table3-YYYY.csv agree on the year's tables.
 */
public enum FormatEdition {
    /** Before 2019: the seed-style county table alone, no national tables. */
    COUNTY_TABLE_ONLY,
    /** 2019–2020: 《中华人民共和国政府信息公开工作年度报告格式（试行）》. */
    TRIAL_2019,
    /** 2021 on: the 2021 format. */
    FORMAT_2021;

    public static FormatEdition forYear(int year) {
        if (year < 2019) {
            return COUNTY_TABLE_ONLY;
        }
        return year < 2021 ? TRIAL_2019 : FORMAT_2021;
    }

    /** Whether the year's report has the national Tables 二, 三 and 四. */
    public boolean hasNationalTables() {
        return this != COUNTY_TABLE_ONLY;
    }
}
