package org.pubstats.intake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the planned inbox files one after the other, one row at a time, and marks each file's end.
 * Only one file is open at a time, and only a sheet's first rows are buffered (while its header is
 * being looked for), so memory does not grow with the inbox. In the partitioned load step there is one
 * reader per partition (step scope), each over its own share of the files; they count into one shared
 * {@link IntakeProgress}, whose total the partitioner sets.
 *
 * <p>Not restartable within a step: a crashed run leaves its half-loaded files in state
 * {@code loading}; the next run discards them and reads those files again.
 */
public class InboxRowReader implements ItemStreamReader<IntakeRecord> {

    private final Supplier<List<PlannedFile>> plan;
    private final TableFormatRegistry formats;
    private final HeaderSynonyms synonyms;
    private final IntakeProgress progress;

    private Iterator<PlannedFile> files;
    private final Deque<IntakeRecord> pending = new ArrayDeque<>();
    private PlannedFile current;
    private TableCursor cursor;
    private SheetLayout sheet;
    private final List<TableCursor.SkippedSheet> skippedSheets = new ArrayList<>();
    private ColumnMap.Kind kind;
    private int rowsRead;
    private int sheetsRead;
    private boolean anyContent;
    private RawRow firstUndecodable;

    public InboxRowReader(Supplier<List<PlannedFile>> plan, TableFormatRegistry formats,
                          HeaderSynonyms synonyms, IntakeProgress progress) {
        this.plan = plan;
        this.formats = formats;
        this.synonyms = synonyms;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files = plan.get().iterator();
    }

    @Override
    public IntakeRecord read() {
        while (true) {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            if (cursor == null && !openNextFile()) {
                return null;
            }
            if (cursor == null) {
                continue; // the file failed to open; its FileFailed is pending
            }
            RawRow row;
            try {
                row = cursor.next();
            } catch (UnreadableFileException e) {
                failCurrent(e.reasonCode(), e.getMessage());
                continue;
            }
            if (row == null) {
                finishCurrent();
                continue;
            }
            take(row);
        }
    }

    private boolean openNextFile() {
        if (files == null || !files.hasNext()) {
            return false;
        }
        current = files.next();
        skippedSheets.clear();
        sheet = null;
        kind = null;
        rowsRead = 0;
        sheetsRead = 0;
        anyContent = false;
        firstUndecodable = null;
        try {
            // found again now, by a path proven inside the inbox: not a link, a regular file, its real path inside
            java.nio.file.Path path = current.checkedPath();
            String name = path.getFileName().toString();
            TableFormat format = formats.forFile(name)
                    .orElseThrow(() -> new UnreadableFileException(ReasonCode.UNSUPPORTED_FILE, "不支持的文件类型：" + name));
            cursor = format.open(path);
        } catch (UnreadableFileException e) {
            failCurrent(e.reasonCode(), e.getMessage());
        } catch (RuntimeException e) {
            failCurrent(ReasonCode.UNREADABLE_FILE, "文件无法读取：" + e.getMessage());
        }
        return true;
    }

    private void take(RawRow row) {
        if (sheet == null || !sheet.sheet().equals(row.sheet())) {
            closeSheet();
            sheet = new SheetLayout(row.sheet(), synonyms);
        }
        List<SourceRow> ready = sheet.accept(current.ref(), row);
        for (SourceRow sourceRow : ready) {
            rowsRead++;
            progress.rowRead();
            pending.add(sourceRow);
        }
    }

    private void closeSheet() {
        if (sheet == null) {
            return;
        }
        anyContent |= sheet.sawContent();
        if (firstUndecodable == null) {
            firstUndecodable = sheet.firstUndecodable();
        }
        if (sheet.headerFound()) {
            sheetsRead++;
            if (kind == null || sheet.columns().kind() == ColumnMap.Kind.ITEMS) {
                kind = sheet.columns().kind();
            }
        } else if (sheet.sawContent()) {
            skippedSheets.add(new TableCursor.SkippedSheet(sheet.sheet(),
                    "前" + SheetLayout.HEADER_SEARCH_ROWS + "行中未找到表头（需要“标题”和“发布日期”两列）"));
        }
        sheet = null;
    }

    private void finishCurrent() {
        closeSheet();
        skippedSheets.addAll(0, cursor.skippedSheets());
        if (sheetsRead == 0) {
            if (firstUndecodable != null) {
                // the header itself (or all above it) is in another encoding than the file declares
                failCurrent(ReasonCode.BAD_ENCODING, "文件编码不一致，未能识别表头：" + firstUndecodable.undecodable());
            } else if (anyContent) {
                failCurrent(ReasonCode.NO_HEADER, "未找到表头：前" + SheetLayout.HEADER_SEARCH_ROWS
                        + "行中没有同时包含“标题”和“发布日期”（或“申请编号”和“收到日期”）的行");
            } else {
                failCurrent(ReasonCode.EMPTY_FILE, "文件中没有任何数据");
            }
            return;
        }
        pending.add(new FileEnd(current.ref(), kind, rowsRead, sheetsRead, List.copyOf(skippedSheets)));
        closeCursor();
        progress.fileDone();
    }

    private void failCurrent(ReasonCode reason, String message) {
        pending.add(new FileFailed(current.ref(), reason.code(), message));
        closeCursor();
        progress.fileDone();
    }

    private void closeCursor() {
        if (cursor != null) {
            try {
                cursor.close();
            } catch (RuntimeException ignored) {
                // a cursor that cannot even close cleanly has already been reported as failed
            }
        }
        cursor = null;
        sheet = null;
    }

    @Override
    public void close() {
        closeCursor();
        pending.clear();
    }
}
