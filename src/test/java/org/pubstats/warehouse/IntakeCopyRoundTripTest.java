package org.pubstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pubstats.intake.ColumnMap;
import org.pubstats.intake.FileEnd;
import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RejectReason;
import org.pubstats.normalise.RejectedRow;
import org.pubstats.normalise.RequestRow;
import org.pubstats.normalise.SkippedRow;
import org.pubstats.support.WarehouseTest;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Awkward values go through the writer's COPY into PostgreSQL and come back exactly: every text column,
 * every text[] element, NULL apart from the empty string, and a text of 200,000 characters.
 */
class IntakeCopyRoundTripTest extends WarehouseTest {

    /** Each one is written into every text column and as an array element. */
    private static final List<String> AWKWARD = List.of(
            "tab\there", "line\nbreak", "windows\r\nline", "lone\rreturn", "back\\slash", "\\\\double", "\\t not a tab",
            "\\N", "\\.", "NULL", "null", "", " ", "  spaces around  ", "quote\"inside", "\"", "'single'",
            "{braces}", "}{", "a,b", ",", "{\"a\",\"b\"}", "semi;colon|pipe", "😀 表情 𠀀", "呼玛县\u3000全角空格",
            "all\t\n\r\\\"{,}NULL at once");
    private static final String VERY_LONG = "长\t\\\"{,}\n文本".repeat(20_000);

    @Autowired
    FileRegistry files;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void awkwardValuesRoundTripExactly() {
        long runId = jdbc.queryForObject("INSERT INTO run (inbox, scope, year) VALUES ('x', 'x', 2018) RETURNING id", Long.class);
        long fileId = jdbc.queryForObject("""
                INSERT INTO source_file (scope, rel_path, department, sha256, size_bytes, fingerprint, status, loaded_run_id)
                VALUES ('x', '甲局/目录.csv', '甲局', 'x', 1, 'x', 'loading', ?) RETURNING id""", Long.class, runId);
        FileRef file = new FileRef(fileId, "甲局/目录.csv", "甲局");

        List<String> values = new ArrayList<>(AWKWARD);
        values.add(VERY_LONG);
        List<ItemRow> items = new ArrayList<>();
        List<RequestRow> requests = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        int row = 1;
        for (String v : values) {
            items.add(new ItemRow(file, v, row++, v, v, v, LocalDate.of(2018, 3, 1),
                    new LinkedHashSet<>(List.of(v, "政府网站")), new LinkedHashSet<>(List.of("其他", v)), v, v,
                    List.of(v), List.of(v, v + "2"), row % 2 == 0, v, v, v, v, v, v));
            requests.add(new RequestRow(file, v, row++, v, v, LocalDate.of(2018, 4, 2), v, v, v + "|" + row, v, v,
                    row % 2 == 0, LocalDate.of(2018, 5, row % 28 + 1)));
            rejected.add(new RejectedRow(file, v, row++, RejectReason.BAD_DATE, v, Arrays.asList(v, null, "", v)));
        }
        ItemRow nulls = new ItemRow(file, "", row++, "乙局", "标题", "标题", LocalDate.of(2100, 12, 31),
                new LinkedHashSet<>(), new LinkedHashSet<>(), null, null, List.of(), List.of(), false,
                null, null, null, null, null, null);
        items.add(nulls);
        RequestRow requestNulls = new RequestRow(file, "", row++, "乙局", null, LocalDate.of(1949, 1, 1), null, null, "k",
                "其他", null, false, null);
        requests.add(requestNulls);

        List<IntakeRecord> records = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            records.add(items.get(i));
            records.add(new SkippedRow(file, "", 0, SkippedRow.Why.BLANK));
            records.add(requests.get(i));
            records.add(rejected.get(i));
        }
        records.add(nulls);
        records.add(requestNulls);
        int read = records.size();
        records.add(new FileEnd(file, ColumnMap.Kind.ITEMS, read, 1, List.of()));

        IntakeWriter writer = new IntakeWriter(jdbc, files, runId, transactions);
        writer.open(new ExecutionContext());
        TransactionTemplate chunkTransaction = new TransactionTemplate(transactions);
        for (int from = 0; from < records.size(); from += 7) { // several chunks, several COPYs per table
            List<IntakeRecord> chunk = records.subList(from, Math.min(records.size(), from + 7));
            chunkTransaction.executeWithoutResult(status -> writer.write(new Chunk<>(chunk)));
        }

        assertThat(jdbc.query("SELECT * FROM item_row ORDER BY row_no", (rs, n) -> item(rs, file)))
                .containsExactlyElementsOf(items);
        assertThat(jdbc.query("SELECT * FROM request_row ORDER BY row_no", (rs, n) -> request(rs, file)))
                .containsExactlyElementsOf(requests);
        assertThat(jdbc.query("SELECT * FROM rejected_row ORDER BY row_no", (rs, n) -> rejectedRow(rs, file)))
                .containsExactlyElementsOf(rejected);
        assertThat(jdbc.queryForObject("SELECT length(title) FROM item_row WHERE row_no = ?", Integer.class,
                items.get(values.size() - 1).rowNo())).isEqualTo(VERY_LONG.length());
        Map<String, Object> accounting = jdbc.queryForMap("SELECT * FROM source_file WHERE id = ?", fileId);
        assertThat(accounting).containsEntry("status", "active").containsEntry("rows_read", read)
                .containsEntry("rows_accepted", items.size() + requests.size())
                .containsEntry("rows_rejected", rejected.size()).containsEntry("rows_skipped", values.size());
    }

    private static ItemRow item(ResultSet rs, FileRef file) throws SQLException {
        return new ItemRow(file, rs.getString("sheet"), rs.getInt("row_no"), rs.getString("department"),
                rs.getString("title"), rs.getString("title_norm"), rs.getObject("publish_date", LocalDate.class),
                new LinkedHashSet<>(strings(rs.getArray("channels"))), new LinkedHashSet<>(strings(rs.getArray("categories"))),
                rs.getString("raw_channel"), rs.getString("raw_category"),
                strings(rs.getArray("unknown_channels")), strings(rs.getArray("unknown_categories")),
                rs.getBoolean("channel_defaulted"), rs.getString("doc_no"), rs.getString("doc_no_norm"),
                rs.getString("index_no"), rs.getString("index_no_norm"), rs.getString("url"), rs.getString("url_norm"));
    }

    private static RequestRow request(ResultSet rs, FileRef file) throws SQLException {
        return new RequestRow(file, rs.getString("sheet"), rs.getInt("row_no"), rs.getString("department"),
                rs.getString("request_no"), rs.getObject("received_date", LocalDate.class),
                rs.getString("applicant_type"), rs.getString("outcome"), rs.getString("request_key"),
                rs.getString("applicant_column"), rs.getString("outcome_row"), rs.getBoolean("completed"),
                rs.getObject("completed_date", LocalDate.class));
    }

    private static RejectedRow rejectedRow(ResultSet rs, FileRef file) throws SQLException {
        return new RejectedRow(file, rs.getString("sheet"), rs.getInt("row_no"), RejectReason.valueOf(rs.getString("reason")),
                rs.getString("message"), strings(rs.getArray("raw_cells")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
