package org.pubstats.warehouse;

import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.normalise.FormFigureRow;
import org.pubstats.normalise.FormReturn;
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RejectedRow;
import org.pubstats.normalise.RequestRow;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes accepted and rejected rows into item_row, request_row, form_figure and rejected_row with COPY, on the
 * connection of the current transaction (JdbcTemplate hands out the one the transaction holds), so the
 * rows commit or roll back with the rest of it. A failure surfaces as the JdbcTemplate's usual
 * {@link org.springframework.dao.DataAccessException}, its SQLState intact.
 */
final class IntakeCopy {

    static final CopyTable<ItemRow> ITEM_ROWS = new CopyTable<>("item_row", List.of("file_id", "sheet", "row_no",
            "department", "title", "title_norm", "publish_date", "channels", "categories", "raw_channel",
            "raw_category", "unknown_channels", "unknown_categories", "channel_defaulted", "doc_no", "doc_no_norm",
            "index_no", "index_no_norm", "url", "url_norm"), ItemRow.class, (r, line) -> line
            .number(r.file().fileId()).text(r.sheet()).number(r.rowNo()).text(r.department())
            .text(r.title()).text(r.titleNorm()).date(r.publishDate())
            .textArray(r.channels()).textArray(r.categories()).text(r.rawChannel()).text(r.rawCategory())
            .textArray(r.unknownChannels()).textArray(r.unknownCategories()).bool(r.channelDefaulted())
            .text(r.docNo()).text(r.docNoNorm()).text(r.indexNo()).text(r.indexNoNorm())
            .text(r.url()).text(r.urlNorm()));

    static final CopyTable<RequestRow> REQUEST_ROWS = new CopyTable<>("request_row", List.of("file_id", "sheet",
            "row_no", "department", "request_no", "received_date", "applicant_type", "outcome", "request_key",
            "applicant_column", "outcome_row", "completed", "completed_date"),
            RequestRow.class, (r, line) -> line
            .number(r.file().fileId()).text(r.sheet()).number(r.rowNo()).text(r.department())
            .text(r.requestNo()).date(r.receivedDate()).text(r.applicantType()).text(r.outcome())
            .text(r.requestKey()).text(r.applicantColumn()).text(r.outcomeRow()).bool(r.completed())
            .date(r.completedDate()));

    static final CopyTable<RejectedRow> REJECTED_ROWS = new CopyTable<>("rejected_row", List.of("file_id", "sheet",
            "row_no", "reason", "message", "raw_cells"), RejectedRow.class, (r, line) -> line
            .number(r.file().fileId()).text(r.sheet()).number(r.rowNo()).text(r.reason().name())
            .text(r.message()).textArray(r.rawCells()));

    static final CopyTable<FormFigureRow> FORM_FIGURES = new CopyTable<>("form_figure", List.of("file_id", "sheet",
            "row_no", "department", "year", "code", "table_no", "block", "row_label", "column_label", "unit", "value"),
            FormFigureRow.class, (r, line) -> line
            .number(r.file().fileId()).text(r.sheet()).number(r.rowNo()).text(r.department()).number(r.year())
            .text(r.figure().code()).text(r.figure().table()).text(r.figure().block()).text(r.figure().row())
            .text(r.figure().column()).text(r.figure().unit()).text(r.value().toPlainString()));

    static final CopyTable<FormReturn> FORM_RETURNS = new CopyTable<>("form_return", List.of("file_id", "sheet",
            "row_no", "department", "year"), FormReturn.class, (r, line) -> line
            .number(r.file().fileId()).text(r.sheet()).number(r.rowNo()).text(r.department()).number(r.year()));

    private static final List<CopyTable<?>> TABLES = List.of(ITEM_ROWS, REQUEST_ROWS, REJECTED_ROWS, FORM_FIGURES,
            FORM_RETURNS);

    private final JdbcTemplate jdbc;

    IntakeCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code record} is a row one of the tables takes (not a file boundary or a skipped row). */
    static boolean stored(IntakeRecord record) {
        return TABLES.stream().anyMatch(table -> table.type().isInstance(record));
    }

    /** Copies the rows among {@code records} (file boundaries and skipped rows are passed over). */
    void write(List<? extends IntakeRecord> records) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (CopyTable<?> table : TABLES) {
                table.copy(copy, records);
            }
            return null;
        });
    }
}
