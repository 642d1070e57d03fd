package org.pubstats.intake.format.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor;
import org.pubstats.intake.format.XlsxFormat;

/**
 * Not a unit test: measures the xlsx reader on a 100,000-row workbook (8 columns, a date column),
 * once with shared strings as Excel writes them and once with inline strings. Prints rows/s and
 * the smallest -Xmx with which a fresh JVM reads the whole file, with that JVM's peak heap (sum of
 * the heap pools' peaks, so an upper bound).
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) \
 *      org.pubstats.intake.format.bench.XlsxReadBenchmark [rows]
 * </pre>
 */
public final class XlsxReadBenchmark {

    private static final int[] HEAP_SIZES_MB = {8, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128, 256};
    private static final int TIMED_RUNS = 5;

    private XlsxReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--read")) {
            resetPeaks();
            long read = readAll(Path.of(args[1]));
            System.out.printf("peak heap %.1f MB, rows %d%n", peakHeapBytes() / 1048576.0, read);
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        for (boolean sharedStrings : new boolean[] {true, false}) {
            Path file = Path.of("target", "bench", "bench-" + rows + (sharedStrings ? "-sst" : "-inline") + ".xlsx");
            write(file, rows, sharedStrings);
            System.out.printf("%nfile: %s (%s strings), %,d rows, %,d bytes%n",
                    file, sharedStrings ? "shared" : "inline", rows, Files.size(file));
            for (int run = 1; run <= TIMED_RUNS; run++) {
                long start = System.nanoTime();
                long read = readAll(file);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: %,d rows in %.2f s = %,.0f rows/s%n", run, read, seconds, read / seconds);
            }
            System.out.println("smallest -Xmx that reads the whole file: " + smallestHeap(file, rows + 1));
        }
    }

    static long readAll(Path file) throws Exception {
        long count = 0;
        try (TableCursor cursor = new XlsxFormat().open(file)) {
            for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                count++;
            }
        }
        return count;
    }

    /**
     * With shared strings, as Excel writes them, the reader must hold that table (it grows with
     * the distinct texts); with inline strings, as SXSSF writes by default, only a row at a time.
     */
    private static void write(Path file, int rows, boolean sharedStrings) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, sharedStrings);
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("目录");
            Row header = sheet.createRow(0);
            String[] names = {"序号", "信息标题", "发布日期", "公开渠道", "信息类别", "发布单位", "文号", "链接"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            LocalDate first = LocalDate.of(2018, 1, 1);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("关于呼玛县2018年第" + r + "批政府信息主动公开事项的通知");
                row.createCell(2).setCellValue(first.plusDays(r % 365));
                row.getCell(2).setCellStyle(dateStyle);
                row.createCell(3).setCellValue(r % 3 == 0 ? "政府网站、微信" : "政府网站");
                row.createCell(4).setCellValue(r % 7 == 0 ? "规范性文件" : "其他");
                row.createCell(5).setCellValue("呼玛县财政局");
                row.createCell(6).setCellValue("呼财发〔2018〕" + r + "号");
                row.createCell(7).setCellValue("http://www.huma.gov.cn/zwgk/" + r + ".html");
            }
            workbook.write(out);
        }
    }

    /** Runs the read in fresh JVMs with growing -Xmx; the first that reads every row wins. */
    private static String smallestHeap(Path file, long expectedRows) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int mb : HEAP_SIZES_MB) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + mb + "m", "-cp",
                    System.getProperty("java.class.path"), XlsxReadBenchmark.class.getName(),
                    "--read", file.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            boolean done = process.waitFor(5, TimeUnit.MINUTES);
            boolean success = done && process.exitValue() == 0 && output.endsWith("rows " + expectedRows);
            System.out.printf("  -Xmx%dm: %s%n", mb, success ? "ok, " + output.lines().reduce((a, b) -> b).orElse("") : "failed");
            if (success) {
                return mb + "m";
            }
        }
        return "none of " + Arrays.toString(HEAP_SIZES_MB);
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap the read needed at once. */
    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
