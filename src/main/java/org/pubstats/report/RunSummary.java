package org.pubstats.report;

import java.util.List;

import org.pubstats.intake.ReasonCode;
import org.springframework.jdbc.core.JdbcTemplate;

/** The closing summary of a run, for an office worker: files, rows accounted for, top reasons, unknown values. */
public class RunSummary {

    private final JdbcTemplate jdbc;

    public RunSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        jdbc.query("""
                SELECT count(*) AS files,
                       count(*) FILTER (WHERE kind = 'items') AS items,
                       count(*) FILTER (WHERE kind = 'requests') AS requests,
                       count(*) FILTER (WHERE kind = 'rejected') AS rejected,
                       count(*) FILTER (WHERE kind = 'skipped') AS skipped,
                       coalesce(sum(rows_read), 0) AS rows_read, coalesce(sum(rows_accepted), 0) AS accepted,
                       coalesce(sum(rows_rejected), 0) AS rows_rejected, coalesce(sum(rows_skipped), 0) AS rows_skipped
                  FROM source_file WHERE status = 'active'""", rs -> {
            text.append(String.format("文件：共 %d 个 —— 信息目录 %d，依申请公开登记 %d，整体未能读取 %d，未读取（非表格文件、链接、隐藏文件等，见 files-年份.csv） %d%n",
                    rs.getInt("files"), rs.getInt("items"), rs.getInt("requests"), rs.getInt("rejected"), rs.getInt("skipped")));
            text.append(String.format("行：读取 %,d = 采用 %,d + 未采用 %,d + 跳过（空行、标题、表头、合计） %,d%n",
                    rs.getLong("rows_read"), rs.getLong("accepted"), rs.getLong("rows_rejected"), rs.getLong("rows_skipped")));
        });
        List<String> reasons = jdbc.query("""
                SELECT reason, count(*) AS n FROM active_rejected_row
                 GROUP BY reason ORDER BY n DESC, reason LIMIT 5""",
                (rs, n) -> ReasonCode.labelOf(rs.getString("reason")) + " " + rs.getInt("n"));
        if (!reasons.isEmpty()) {
            text.append("未采用的主要原因：").append(String.join("，", reasons)).append('\n');
        }
        List<String> unknown = jdbc.query("""
                SELECT v, count(*) AS n FROM (
                    SELECT unnest(unknown_channels || unknown_categories) AS v FROM active_item_row) u
                 GROUP BY v ORDER BY n DESC, v LIMIT 10""", (rs, n) -> rs.getString("v") + "（" + rs.getInt("n") + "）");
        if (!unknown.isEmpty()) {
            text.append("词典中没有的渠道或类别，已按“其他”计：").append(String.join("、", unknown))
                    .append("（可在 jobs/channels.csv、jobs/categories.csv 中补充）\n");
        }
        Integer defaulted = jdbc.queryForObject("""
                SELECT count(*) FROM active_item_row WHERE channel_defaulted""", Integer.class);
        if (defaulted != null && defaulted > 0) {
            text.append("未填写公开渠道、按默认渠道计的行：").append(defaulted).append('\n');
        }
        Integer cut = jdbc.query("SELECT merges_cut FROM dedup_run ORDER BY finished_at DESC LIMIT 1",
                rs -> rs.next() ? rs.getInt(1) : 0);
        if (cut != null && cut > 0) {
            text.append("按“分开”决定拆开的规则合并：").append(cut).append(" 处（这些信息按规则本应计为一条）\n");
        }
        Integer pairs = jdbc.queryForObject("SELECT count(*) FROM review_pair", Integer.class);
        if (pairs != null && pairs > 0) {
            text.append("疑似重复待核查：").append(pairs).append(" 对（见 review-年份.xlsx：在“决定”列选择 合并 或 分开，另存为 jobs/review-decisions.xlsx，下次运行即按此处理）\n");
        }
        return text.toString();
    }

    /**
     * The department forms of the year (表二、表四填报表): how many returned, which departments have not, and the forms
     * whose Table 四 breaks its rule, with the numbers. Empty before 2019 (no national tables).
     */
    public static String forms(JdbcTemplate jdbc, int year, java.nio.file.Path jobsDir) {
        if (!FormatEdition.forYear(year).hasNationalTables()) {
            return "";
        }
        FormsOverview forms = FormsOverview.load(jdbc, year, jobsDir);
        StringBuilder text = new StringBuilder();
        text.append("表二、表四填报表：已报回 ").append(forms.returned().size()).append(" 个部门，未报回 ")
                .append(forms.missing().size()).append(" 个");
        if (!forms.missing().isEmpty()) {
            List<String> shown = forms.missing().subList(0, Math.min(20, forms.missing().size()));
            text.append("：").append(String.join("、", shown)).append(forms.missing().size() > shown.size() ? " 等" : "");
        }
        text.append(forms.returned().isEmpty() ? "（./pubstats forms --year " + year + " 写出各部门的填报表）" : "").append('\n');
        for (DepartmentForms broken : forms.broken()) {
            text.append("表四总计不符：").append(broken.department()).append("（").append(broken.file()).append("）")
                    .append(String.join("；", broken.tableFourProblems())).append('\n');
        }
        return text.toString();
    }
}
