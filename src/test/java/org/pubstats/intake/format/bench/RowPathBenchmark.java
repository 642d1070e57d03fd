package org.pubstats.intake.format.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pubstats.intake.FileRef;
import org.pubstats.intake.HeaderSynonyms;
import org.pubstats.intake.InboxRowReader;
import org.pubstats.intake.IntakeProgress;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.intake.PlannedFile;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.SourceRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.format.TableFormats;
import org.pubstats.normalise.Dictionary;
import org.pubstats.normalise.ItemRow;
import org.pubstats.normalise.RequestWords;
import org.pubstats.normalise.RowInterpreter;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Not a test, and no database: rows per second on one thread for each part of the load step's
 * row path, on an inbox of the shape (8 columns: 发布单位, 信息标题, 发布日期, 公开渠道,
 * 信息类别, 文号, 索引号, URL; {@code bench.read.rows} rows in each of {@code bench.read.files}
 * files, as CSV and as xlsx with shared strings and date-formatted cells, as Excel writes them):
 * <ul>
 *   <li>read: the format's cursor alone ({@code TableFormat.open}, {@code next()} to the end);</li>
 *   <li>read+layout: {@link InboxRowReader}, which adds the header search ({@code SheetLayout});</li>
 *   <li>interpret: {@link RowInterpreter} alone, on source rows read beforehand;</li>
 *   <li>read+layout+interpret: both, as the load step runs them before its writer.</li>
 * </ul>
 * {@code ./mvnw -o -q -Pbench verify -Dtest=RowPathBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (sizes: {@code -Dbench.read.files=100 -Dbench.read.rows=1000}). Lines start with {@code ROWPATH}.
 * Each figure is the best of {@code bench.read.runs} (5) runs after a warm-up, as the JIT needs one.
 */
@Tag("bench")
public class RowPathBenchmark {

    private static final int RUNS = Integer.getInteger("bench.read.runs", 5);
    private static final Path JOBS = Path.of("jobs");

    @Test
    void rowsPerSecondOfEachPart() throws Exception {
        int files = Integer.getInteger("bench.read.files", 100);
        int rows = Integer.getInteger("bench.read.rows", 1000);
        Path root = Path.of("target", "bench", "rowpath-v1-" + files + "x" + rows);
        Inbox csv = Inbox.generate(root.resolve("csv"), files, rows, "csv");
        Inbox xlsx = Inbox.generate(root.resolve("xlsx"), files, rows, "xlsx");
        HeaderSynonyms synonyms = HeaderSynonyms.load(JOBS.resolve("header-synonyms.csv"));
        RowInterpreter interpreter = new RowInterpreter(Dictionary.load(JOBS.resolve("channels.csv")),
                Dictionary.load(JOBS.resolve("categories.csv")), RequestWords.load(JOBS), "政府网站");

        System.out.printf("%nROWPATH %d files × %d rows, rows/s on one thread (best of %d):%n", files, rows, RUNS);
        for (Inbox inbox : List.of(csv, xlsx)) {
            report(inbox, "read", () -> readOnly(inbox));
            report(inbox, "read+layout", () -> readAndLayout(inbox, synonyms, null));
            report(inbox, "interpret", () -> interpretOnly(inbox, synonyms, interpreter));
            report(inbox, "read+layout+interpret", () -> readAndLayout(inbox, synonyms, interpreter));
        }
    }

    /** Without Maven: java -cp target/test-classes:target/classes:… this class. */
    public static void main(String[] args) throws Exception {
        new RowPathBenchmark().rowsPerSecondOfEachPart();
    }

    private interface Pass {
        /** Rows handled, and the wall-clock and this thread's CPU nanoseconds counted. */
        long[] run() throws Exception;
    }

    /**
     * Prints the best wall-clock rate and the best rate by this thread's CPU time: on a shared
     * machine the second is the steadier figure (it leaves out time the thread waited for a core,
     * and also the garbage collector's threads).
     */
    private static void report(Inbox inbox, String what, Pass pass) throws Exception {
        String only = System.getProperty("bench.read.only", "");
        if (!only.isEmpty() && !only.equals(inbox.format() + " " + what)) {
            return; // e.g. -Dbench.read.only="xlsx read" to profile one part
        }
        pass.run(); // warm-up
        double bestWall = 0;
        double bestCpu = 0;
        long rows = 0;
        long leastAllocated = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long allocated = allocatedBytes();
            long[] result = pass.run();
            leastAllocated = Math.min(leastAllocated, allocatedBytes() - allocated);
            rows = result[0];
            bestWall = Math.max(bestWall, result[0] / (result[1] / 1e9));
            bestCpu = Math.max(bestCpu, result[0] / (result[2] / 1e9));
        }
        System.out.printf("ROWPATH %-4s %-22s %,10.0f rows/s wall  %,10.0f rows/s cpu  %,7d B/row allocated  (%,d rows)%n",
                inbox.format(), what, bestWall, bestCpu, leastAllocated / rows, rows);
    }

    private static long[] readOnly(Inbox inbox) throws Exception {
        TableFormats formats = TableFormats.standard();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        long count = 0;
        for (Path file : inbox.files()) {
            try (TableCursor cursor = formats.forFile(file.getFileName().toString()).orElseThrow().open(file)) {
                for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                    count++;
                }
            }
        }
        return new long[] {count, System.nanoTime() - start, cpuNanos() - cpu};
    }

    private static long[] readAndLayout(Inbox inbox, HeaderSynonyms synonyms, RowInterpreter interpreter) throws Exception {
        InboxRowReader reader = reader(inbox, synonyms);
        long cpu = cpuNanos();
        long start = System.nanoTime();
        long count = 0;
        long items = 0;
        reader.open(new ExecutionContext());
        for (IntakeRecord record = reader.read(); record != null; record = reader.read()) {
            if (record instanceof SourceRow) {
                count++;
                if (interpreter != null && interpreter.process(record) instanceof ItemRow) {
                    items++;
                }
            }
        }
        reader.close();
        long nanos = System.nanoTime() - start;
        cpu = cpuNanos() - cpu;
        if (interpreter != null && items < count - 2L * inbox.files().size()) {
            throw new IllegalStateException("only " + items + " of " + count + " rows were items");
        }
        return new long[] {count, nanos, cpu};
    }

    /** Bytes this thread allocated so far (the whole pass: for "interpret", the reading before it too). */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Reads each file's source rows first, then times the interpreter on them alone. */
    private static long[] interpretOnly(Inbox inbox, HeaderSynonyms synonyms, RowInterpreter interpreter) throws Exception {
        InboxRowReader reader = reader(inbox, synonyms);
        reader.open(new ExecutionContext());
        List<IntakeRecord> batch = new ArrayList<>();
        long nanos = 0;
        long cpu = 0;
        long count = 0;
        for (IntakeRecord record = reader.read(); ; record = reader.read()) {
            if (record instanceof SourceRow) {
                batch.add(record);
            } else {
                long cpuStart = cpuNanos();
                long start = System.nanoTime();
                for (IntakeRecord row : batch) {
                    interpreter.process(row);
                }
                nanos += System.nanoTime() - start;
                cpu += cpuNanos() - cpuStart;
                count += batch.size();
                batch.clear();
            }
            if (record == null) {
                break;
            }
        }
        reader.close();
        return new long[] {count, nanos, cpu};
    }

    private static InboxRowReader reader(Inbox inbox, HeaderSynonyms synonyms) {
        List<PlannedFile> planned = new ArrayList<>();
        for (int i = 0; i < inbox.files().size(); i++) {
            Path file = inbox.files().get(i);
            String relPath = inbox.root().relativize(file).toString().replace('\\', '/');
            planned.add(new PlannedFile(new FileRef(i + 1, relPath, "部门" + i), inbox.root()));
        }
        return new InboxRowReader(() -> planned, TableFormats.standard(), synonyms, new IntakeProgress());
    }

    /** The generated files, kept under target/bench so that a second run reuses them. */
    private record Inbox(String format, Path root, List<Path> files) {

        private static final String[] HEADER = {"发布单位", "信息标题", "发布日期", "公开渠道", "信息类别", "文号", "索引号", "URL"};
        private static final String[] PLACES = {"呼玛镇", "韩家园镇", "三卡乡", "金山乡", "北疆乡", "鸥浦乡", "白银纳乡", "兴华乡", "县城", "全县"};
        private static final String[] TOPICS = {"春季植树造林", "防汛抗旱", "森林防火", "耕地保护", "低保资金发放", "医疗救助",
                "义务教育招生", "道路养护", "安全生产检查", "财政预算执行", "政府采购", "扶贫项目", "食品安全抽检", "环境监测",
                "农机补贴", "危房改造", "就业培训", "养老保险", "征地补偿", "水利工程"};
        private static final String[] KINDS = {"的通知", "的公告", "工作方案", "情况通报", "实施意见", "结果公示", "进展情况"};
        private static final String[] CHANNELS = {"政府网站", "政府网站、微信公众号", "政务微博", "政府网站；公开栏"};
        private static final String[] CATEGORIES = {"", "土地", "财政预算决算", "其他"};

        static Inbox generate(Path root, int files, int rows, String format) throws IOException {
            List<Path> paths = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                paths.add(root.resolve(String.format("部门%04d/2018年目录.%s", f, format)));
            }
            Path done = root.resolve(".complete");
            if (!Files.exists(done)) {
                Random random = new Random(42);
                for (int f = 0; f < files; f++) {
                    Files.createDirectories(paths.get(f).getParent());
                    List<String[]> lines = new ArrayList<>();
                    for (int r = 0; r < rows; r++) {
                        boolean repeat = random.nextInt(5) == 0;
                        lines.add(row(f, repeat ? random.nextInt(files * rows) : f * rows + r));
                    }
                    if (format.equals("csv")) {
                        writeCsv(paths.get(f), lines);
                    } else {
                        writeXlsx(paths.get(f), lines);
                    }
                }
                Files.writeString(done, "");
            }
            return new Inbox(format, root, paths);
        }

        private static String[] row(int file, int item) {
            String title = "关于" + PLACES[item % PLACES.length] + TOPICS[(item / 10) % TOPICS.length] + "第" + (item / 200 + 1)
                    + "批" + KINDS[(item / 7) % KINDS.length] + "（" + item + "）";
            return new String[] {"呼玛县第" + file + "局", title, LocalDate.of(2018, 1, 1).plusDays(item % 365).toString(),
                    CHANNELS[item % CHANNELS.length], CATEGORIES[item % CATEGORIES.length],
                    item % 3 == 0 ? "呼政发〔2018〕" + item + "号" : "",
                    item % 2 == 0 ? "11232700-" + item + "/2018-0" + (item % 9 + 1) : "",
                    "http://www.huma.gov.cn/zwgk/2018/" + item + ".html"};
        }

        private static void writeCsv(Path file, List<String[]> lines) throws IOException {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", HEADER) + "\n");
                for (String[] line : lines) {
                    out.write(String.join(",", line) + "\n");
                }
            }
        }

        /** Shared strings and a date style, as Excel and WPS write a workbook. */
        private static void writeXlsx(Path file, List<String[]> lines) throws IOException {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
                 OutputStream out = Files.newOutputStream(file)) {
                CellStyle dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                Sheet sheet = workbook.createSheet("Sheet1");
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADER.length; c++) {
                    header.createCell(c).setCellValue(HEADER[c]);
                }
                for (int r = 0; r < lines.size(); r++) {
                    String[] line = lines.get(r);
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < line.length; c++) {
                        if (c == 2) {
                            row.createCell(c).setCellValue(LocalDate.parse(line[c]));
                            row.getCell(c).setCellStyle(dateStyle);
                        } else if (!line[c].isEmpty()) {
                            row.createCell(c).setCellValue(line[c]);
                        }
                    }
                }
                workbook.write(out);
            }
        }
    }
}
