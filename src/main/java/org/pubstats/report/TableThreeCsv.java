package org.pubstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pubstats.report.NationalFormat.TableThreeRow;

/**
 * table3-YYYY.csv (design.md §8): the county's Table 三 for a year in the national format, header
 * {@code 行,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计}, one line per numbered row of the year's format,
 * labelled as the format prints it (a sub-row with its group's number: {@code （三）3.危及“三安全一稳定”}).
 */
final class TableThreeCsv {

    static final List<String> HEADER = header();

    private TableThreeCsv() {
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("行"));
        header.addAll(RequestTable.COLUMNS);
        return List.copyOf(header);
    }

    static List<List<String>> lines(RequestTable table, FormatEdition edition) {
        List<List<String>> lines = new ArrayList<>();
        for (TableThreeRow row : NationalFormat.tableThree(edition)) {
            List<String> line = new ArrayList<>(List.of(row.csvLabel()));
            for (int c = 0; c < RequestTable.COLUMNS.size(); c++) {
                line.add(Integer.toString(NationalFormat.tableThreeValue(row, table, c)));
            }
            lines.add(line);
        }
        return lines;
    }

    static Path write(YearEndData data, Path outDir) {
        return CsvExport.write(outDir.resolve("table3-" + data.year() + ".csv"), HEADER, lines(data.requests(), data.edition()));
    }
}
