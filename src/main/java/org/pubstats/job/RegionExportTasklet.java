package org.pubstats.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pubstats.report.RegionReport;
import org.pubstats.warehouse.CountySchema;
import org.pubstats.warehouse.CountySchemas;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last step of a region run, once every county is done: {@code region-summary-YYYY.csv} and
 * {@code region-report-YYYY.xlsx} in the output folder, each county's files being already in {@code <out>/<county>}.
 */
public class RegionExportTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final CountySchemas schemas;
    private final Path inbox;
    private final int year;
    private final Path out;

    public RegionExportTasklet(JdbcTemplate jdbc, CountySchemas schemas, Path inbox, int year, Path out) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.inbox = inbox;
        this.year = year;
        this.out = out;
    }

    /** The county rows of the region's counties for the year, in name order. */
    public static List<RegionReport.CountyRow> rows(JdbcTemplate jdbc, List<String> counties, int year) {
        List<RegionReport.CountyRow> rows = new ArrayList<>();
        for (String county : counties) {
            rows.add(jdbc.query("""
                    SELECT 政府网站, 通过其他方式公开, 规范性文件, 试点领域, 重点领域, 在线调查, 依申请公开
                    FROM region_figures WHERE county = ? AND year = ?""", rs -> {
                long[] values = new long[7];
                if (rs.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getLong(i + 1);
                    }
                }
                return new RegionReport.CountyRow(county, values);
            }, county, year));
        }
        return rows;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<String> counties = RegionPartitioner.counties(inbox);
        List<RegionReport.CountyRow> rows = rows(jdbc, counties, year);
        List<RegionReport.Breakdowns> breakdowns = new ArrayList<>();
        for (String county : counties) {
            String schema = schemas.schemaOf(county);
            breakdowns.add(CountySchema.in(schema, () -> new RegionReport.Breakdowns(county,
                    jdbc.query("""
                            SELECT department, rows_reported, distinct_items, rejected_rows FROM department_figures
                            WHERE year = ? ORDER BY department""", (rs, n) -> List.of(rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getString(4)), year),
                    jdbc.query("SELECT channel, distinct_items FROM channel_figures WHERE year = ? ORDER BY channel",
                            (rs, n) -> List.of(rs.getString(1), rs.getString(2)), year),
                    jdbc.query("SELECT category, distinct_items FROM category_figures WHERE year = ? ORDER BY category",
                            (rs, n) -> List.of(rs.getString(1), rs.getString(2)), year))));
        }
        java.nio.file.Files.createDirectories(out);
        RegionReport.summaryCsv(year, rows, out);
        RegionReport.workbook(year, rows, breakdowns, out);
        return RepeatStatus.FINISHED;
    }
}
