package org.pubstats.report;

import java.util.List;

/**
 * The figures of the national Table 三 that the warehouse can give: requests received in the year and
 * those granted (予以公开), per applicant column. Every other row of the table has no source here.
 */
record RequestTable(int[] received, int[] granted) {

    /** The seven applicant columns of Table 三, 总计 last. */
    static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /**
     * The column of an applicant type as request logs write it. A 法人或其他组织 without a sub-type, an
     * empty cell or anything unknown goes to 其他, so the 总计 is still the sum of the columns.
     */
    static int column(String applicantType) {
        String type = applicantType == null ? "" : applicantType.strip();
        if (type.contains("自然人") || type.equals("个人") || type.equals("公民")) {
            return 0;
        }
        if (type.contains("企业")) {
            return 1;
        }
        if (type.contains("科研")) {
            return 2;
        }
        if (type.contains("公益")) {
            return 3;
        }
        if (type.contains("法律服务") || type.contains("律师")) {
            return 4;
        }
        return 5;
    }

    static boolean granted(String outcome) {
        return outcome != null && (outcome.contains("予以公开") || outcome.contains("同意公开")) && !outcome.contains("部分")
                && !outcome.contains("不");
    }
}
