package org.pubstats.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pubstats.intake.ColumnMap;
import org.pubstats.intake.ControlCharacters;
import org.pubstats.intake.FileEnd;
import org.pubstats.intake.FileFailed;
import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.intake.ReasonCode;
import org.pubstats.normalise.FormFigureRow;
import org.pubstats.normalise.FormReturn;
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RejectedRow;
import org.pubstats.normalise.RequestRow;
import org.pubstats.normalise.SkippedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a chunk of interpreted rows with COPY and closes each file's accounting when its end arrives,
 * in the same transaction: a file becomes active only with all its rows, and only when rows read =
 * accepted + rejected + skipped.
 *
 * <p>One bad value never stops the run: each file's part of a chunk is written under a savepoint
 * (a nested transaction). When the database refuses a value (a data exception, a constraint, a
 * limit such as the btree row size), only that part is rolled back, the file becomes a rejected file
 * with {@link ReasonCode#DATABASE_REFUSED} — naming the sheet and row where it can be found — what
 * earlier chunks wrote of it is discarded, and its remaining rows are passed over. Any other database
 * error (connection lost, …) still fails the step.
 *
 * <p>One instance per partition of the load step (step scope): its tallies are of that partition's files.
 */
public class IntakeWriter implements ItemStreamWriter<IntakeRecord> {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

    private final IntakeCopy copy;
    private final FileRegistry files;
    private final long runId;
    private final TransactionTemplate savepoint;
    private final Map<Long, Tally> tallies = new HashMap<>();
    /** Files the database refused in this step: their later records are passed over. */
    private final Set<Long> refused = new HashSet<>();

    public IntakeWriter(JdbcTemplate jdbc, FileRegistry files, long runId, PlatformTransactionManager transactions) {
        this.copy = new IntakeCopy(jdbc);
        this.files = files;
        this.runId = runId;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private static final class Tally {
        int accepted;
        int rejected;
        int skipped;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        tallies.clear();
        refused.clear();
    }

    @Override
    public void write(Chunk<? extends IntakeRecord> chunk) {
        // The reader streams file by file, so a chunk is a run of consecutive parts, one per file.
        List<IntakeRecord> part = new ArrayList<>();
        FileRef partFile = null;
        for (IntakeRecord record : chunk) {
            FileRef file = record.file();
            if (partFile != null && file.fileId() != partFile.fileId()) {
                writeFilePart(partFile, part);
                part = new ArrayList<>();
            }
            partFile = file;
            part.add(record);
        }
        if (partFile != null) {
            writeFilePart(partFile, part);
        }
    }

    private void writeFilePart(FileRef file, List<IntakeRecord> part) {
        if (refused.contains(file.fileId())) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> {
                copy.write(part);
                account(part);
            });
        } catch (DataAccessException e) {
            if (!DatabaseRefusal.isRefusedValue(e)) {
                throw e;
            }
            refuse(file, part, e);
        }
    }

    /** Counts the part's rows and closes its file when its end is in the part (after its rows are written). */
    private void account(List<IntakeRecord> part) {
        for (IntakeRecord record : part) {
            if (record instanceof ItemRow || record instanceof RequestRow || record instanceof FormFigureRow) {
                tally(record.file().fileId()).accepted++;
            } else if (record instanceof RejectedRow) {
                tally(record.file().fileId()).rejected++;
            } else if (record instanceof SkippedRow || record instanceof FormReturn) {
                tally(record.file().fileId()).skipped++;
            } else if (record instanceof FileEnd end) {
                finish(end);
            } else if (record instanceof FileFailed failed) {
                fail(failed);
            } else {
                throw new IllegalArgumentException("unexpected record " + record);
            }
        }
    }

    /**
     * The file's part was rolled back to its savepoint. Find the row the database refuses, then record the
     * file as rejected.
     */
    private void refuse(FileRef file, List<IntakeRecord> part, DataAccessException failure) {
        List<IntakeRecord> rows = part.stream().filter(IntakeCopy::stored).toList();
        DatabaseRefusal refusal = firstRefusedAlone(rows);
        if (refusal == null) {
            refusal = DatabaseRefusal.of(null, failure);
        }
        tallies.remove(file.fileId());
        refused.add(file.fileId());
        log.warn("数据库拒绝保存文件 {} 的内容，该文件按未采用处理：{}{}", file.relPath(), refusal.where(), refusal.reason());
        files.rejectWhole(file.fileId(), runId, ReasonCode.DATABASE_REFUSED.code(), refusal.message(file));
    }

    /**
     * The first row the database refuses on its own, found by halving (a row refused alone makes every
     * run of rows holding it refused), or null when only rows together are refused. Each try is rolled
     * back, so this costs about two COPYs per halving instead of one per row.
     */
    private DatabaseRefusal firstRefusedAlone(List<IntakeRecord> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        DataAccessException whole = tryAlone(rows);
        if (whole == null) {
            return null;
        }
        if (rows.size() == 1) {
            return DatabaseRefusal.of(rows.get(0), whole);
        }
        int half = rows.size() / 2;
        DatabaseRefusal first = firstRefusedAlone(rows.subList(0, half));
        return first != null ? first : firstRefusedAlone(rows.subList(half, rows.size()));
    }

    /** Writes the rows under a savepoint that is always rolled back; the refusal, or null when they were taken. */
    private DataAccessException tryAlone(List<IntakeRecord> rows) {
        try {
            savepoint.executeWithoutResult(status -> {
                copy.write(rows);
                status.setRollbackOnly();
            });
            return null;
        } catch (DataAccessException e) {
            if (!DatabaseRefusal.isRefusedValue(e)) {
                throw e;
            }
            return e;
        }
    }

    private Tally tally(long fileId) {
        return tallies.computeIfAbsent(fileId, id -> new Tally());
    }

    private void finish(FileEnd end) {
        Tally tally = tallies.remove(end.file().fileId());
        if (tally == null) {
            tally = new Tally();
        }
        int accounted = tally.accepted + tally.rejected + tally.skipped;
        if (accounted != end.rowsRead()) {
            throw new IllegalStateException("accounting error in " + end.file().relPath() + ": read " + end.rowsRead()
                    + " rows but accounted for " + accounted);
        }
        String message = end.skippedSheets().isEmpty() ? null : ControlCharacters.strip(end.skippedSheets().stream()
                .map(s -> "工作表“" + s.name() + "”未读取：" + s.why())
                .collect(Collectors.joining("；")));
        files.activate(end.file().fileId(), runId, end.kind().name().toLowerCase(Locale.ROOT),
                end.sheetsRead(), end.rowsRead(), tally.accepted, tally.rejected, tally.skipped, message);
        if (end.kind() == ColumnMap.Kind.FORM) {
            files.takeFormDepartment(end.file().fileId());
        }
    }

    private void fail(FileFailed failed) {
        tallies.remove(failed.file().fileId());
        files.rejectWhole(failed.file().fileId(), runId, failed.reason(),
                ControlCharacters.strip("文件“" + failed.file().relPath() + "”整体未能读取：" + failed.message()));
    }
}
