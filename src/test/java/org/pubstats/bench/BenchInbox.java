package org.pubstats.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The inbox of issue 9's measurements: {@code files} departments of a region (counties × bureaus), one list
 * each of {@code rows} rows with 8 columns — 发布单位, 信息标题, 发布日期, 公开渠道, 信息类别, 文号, 索引号, 链接 —
 * where a fifth of the rows repeat another department's item (same title, date, 文号, 索引号 and link, as a
 * department re-publishing it writes them). Every value is a pure function of the item's number, so an
 * item looks the same wherever it is repeated and the same inbox comes out every time.
 */
public final class BenchInbox {

    enum Format { CSV, XLSX }

    static final List<String> HEADER = List.of("发布单位", "信息标题", "发布日期", "公开渠道", "信息类别", "文号", "索引号", "链接");

    private static final String[] COUNTIES = {"呼玛县", "塔河县", "漠河市", "加格达奇区", "松岭区", "新林区", "呼中区",
            "爱辉区", "嫩江市", "逊克县", "孙吴县", "五大连池市", "北安市", "龙江县", "依安县", "泰来县", "甘南县", "富裕县",
            "克山县", "克东县", "拜泉县", "讷河市", "桦南县", "桦川县", "汤原县", "抚远市", "同江市", "富锦市", "绥滨县",
            "萝北县", "宝清县", "饶河县", "友谊县", "集贤县", "虎林市", "密山市", "鸡东县", "林口县", "海林市", "宁安市"};
    private static final String[] BUREAUS = {"人民政府办公室", "发展和改革局", "教育局", "科学技术局", "工业和信息化局",
            "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局",
            "交通运输局", "水务局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康局", "退役军人事务局", "应急管理局",
            "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业和草原局", "信访局", "政务服务中心", "乡村振兴局",
            "城市管理综合执法局"};
    private static final String[] TOPICS = {"春季造林绿化", "森林草原防火", "防汛抗旱", "耕地保护", "城乡低保资金发放",
            "医疗救助", "义务教育招生", "农村公路养护", "安全生产大检查", "财政预算执行", "政府采购", "产业扶贫项目",
            "食品安全监督抽检", "环境空气质量监测", "农机购置补贴", "农村危房改造", "职业技能培训", "城乡居民养老保险",
            "征地补偿安置", "水利工程建设", "营商环境优化", "河长制", "秸秆综合利用", "冬季供热保障", "扫黑除恶专项斗争",
            "高标准农田建设", "疫苗接种", "残疾人两项补贴", "老旧小区改造", "粮食收购"};
    private static final String[] FORMS = {"关于印发%s%s工作方案的通知", "关于开展%s%s工作的通知", "%s%s工作情况通报",
            "关于%s%s实施意见", "%s%s结果公示", "%s%s进展情况", "关于做好%s%s有关工作的通知", "%s%s政策解读"};
    private static final String[] CHANNELS = {"政府网站", "政府网站、政务微信", "门户网站", "微信公众号", "政府网站、政务微博",
            "", "公开栏", "政府网站、政府公报"};
    private static final String[] CATEGORIES = {"", "", "", "规范性文件", "政策解读", "财政预决算", "土地", "政府采购",
            "试点领域", "教育", "医疗", "社会保障", "在线调查", "一般"};

    private final int files;
    private final int rows;
    private final Format format;

    /**
     * Writes an inbox to look at or to run by hand: {@code BenchInbox DIR FILES ROWS [csv|xlsx]}, or a region inbox:
     * {@code BenchInbox --region DIR COUNTIES BUREAUS ROWS} (docs/region-bench.sh).
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--region")) { // --region DIR COUNTIES BUREAUS ROWS (issue 13)
            writeRegion(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        Format format = args.length > 3 ? Format.valueOf(args[3].toUpperCase(java.util.Locale.ROOT)) : Format.CSV;
        Path inbox = Path.of(args[0]);
        new BenchInbox(Integer.parseInt(args[1]), Integer.parseInt(args[2]), format).write(inbox, inbox.resolveSibling("copy"));
    }

    BenchInbox(int files, int rows, Format format) {
        this.files = files;
        this.rows = rows;
        this.format = format;
    }

    /**
     * A region inbox (issue 13), {@code <inbox>/<county>/<department>/<file>}: the first {@code counties} counties,
     * the first {@code bureaus} bureaus of each, {@code rows} rows a list (CSV), a fifth of them repeating another
     * department's item, of this county or another, and an office re-publishing half of two bureaus' lists. Returns the counties, in name order.
     */
    public static List<String> writeRegion(Path inbox, int counties, int bureaus, int rows) throws IOException {
        BenchInbox bench = new BenchInbox(counties * BUREAUS.length, rows, Format.CSV);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < counties; c++) {
            names.add(COUNTIES[c]);
            for (int b = 0; b < bureaus; b++) {
                int f = c * BUREAUS.length + b;
                Path file = inbox.resolve(COUNTIES[c]).resolve(department(f)).resolve("2018年政府信息主动公开目录.csv");
                Files.createDirectories(file.getParent());
                writeCsv(file, bench.table(f, rows, 0), true);
            }
            if (bureaus > 1) {
                // An office that re-publishes half of two bureaus' lists: rows the county's dedup counts once.
                int first = c * BUREAUS.length;
                List<List<String>> again = new ArrayList<>(bench.table(first, rows, 0).subList(0, rows / 2));
                again.addAll(bench.table(first + 1, rows, 0).subList(0, rows / 2));
                Path file = inbox.resolve(COUNTIES[c]).resolve(COUNTIES[c] + "政务公开办").resolve("转载目录.csv");
                Files.createDirectories(file.getParent());
                writeCsv(file, again, true);
            }
        }
        names.sort(null);
        return names;
    }

    long totalRows() {
        return (long) files * rows;
    }

    static String department(int file) {
        return COUNTIES[(file / BUREAUS.length) % COUNTIES.length] + BUREAUS[file % BUREAUS.length]
                + (file >= COUNTIES.length * BUREAUS.length ? String.valueOf(file / (COUNTIES.length * BUREAUS.length)) : "");
    }

    /** The file of department {@code file}, relative to the inbox. */
    String relPath(int file) {
        return department(file) + "/2018年政府信息主动公开目录." + (format == Format.CSV ? "csv" : "xlsx");
    }

    /**
     * Writes the inbox, and beside it the same rows as CSV files for the COPY yardstick (for CSV they are the
     * inbox's files themselves). Returns the CSV files.
     */
    List<Path> write(Path inbox, Path copyDir) throws IOException {
        List<Path> csvFiles = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            List<List<String>> table = table(f, rows, 0);
            Path file = inbox.resolve(relPath(f));
            Files.createDirectories(file.getParent());
            if (format == Format.CSV) {
                writeCsv(file, table, true);
                csvFiles.add(file);
            } else {
                writeXlsx(file, table);
                Path csv = copyDir.resolve(String.format("%05d.csv", f));
                Files.createDirectories(copyDir);
                writeCsv(csv, table, true);
                csvFiles.add(csv);
            }
        }
        return csvFiles;
    }

    /** Appends {@code extra} new rows to the file of department {@code file}: one changed file among all. */
    void append(Path inbox, int file, int extra) throws IOException {
        List<List<String>> table = table(file, rows + extra, 0);
        Path path = inbox.resolve(relPath(file));
        if (format == Format.CSV) {
            writeCsv(path, table, true);
        } else {
            writeXlsx(path, table);
        }
    }

    /** The rows of one department's list: its own items, and every fifth or so another department's. */
    private List<List<String>> table(int file, int count, int seed) {
        Random random = new Random(31L * file + seed);
        List<List<String>> table = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            long item = (long) file * rows + r;
            if (files > 1 && random.nextInt(5) == 0) {
                int other = random.nextInt(files - 1);
                other = other >= file ? other + 1 : other;
                item = (long) other * rows + random.nextInt(rows);
            }
            table.add(row(department(file), item));
        }
        return table;
    }

    /**
     * Item {@code item} as any department writes it. Its title names the issuing department, a topic and a form;
     * within a department (owner) the row number picks a distinct combination, with a batch number beyond 240.
     */
    private List<String> row(String reporter, long item) {
        int owner = (int) (item / rows);
        int r = (int) (item % rows);
        String county = COUNTIES[(owner / BUREAUS.length) % COUNTIES.length];
        int h = (int) ((item * 2654435761L) >>> 7 & 0x7fffffff);
        LocalDate date = LocalDate.of(2018, 1, 1).plusDays(h % 365);
        String subject = (h % 3 == 0 ? "2018年" : "") + TOPICS[(r + owner) % TOPICS.length];
        String title = department(owner) + String.format(FORMS[(r / TOPICS.length + owner) % FORMS.length], "", subject)
                + (r < 240 ? "" : "（第" + (r / 240 + 1) + "批）");
        String docNo = h % 3 == 0 ? county.charAt(0) + "政办发〔2018〕" + (item % 500 + 1) + "号" : "";
        String indexNo = h % 2 == 0 ? String.format("1123%04d-%06d/2018-%07d", owner % 10_000, owner, item) : "";
        String url = h % 7 == 0 ? "" : "http://www.county" + (owner / BUREAUS.length) + ".gov.cn/zwgk/" + date.getYear()
                + String.format("%02d", date.getMonthValue()) + "/t" + date.toString().replace("-", "") + "_" + item + ".html";
        return List.of(reporter, title, date.toString(), CHANNELS[(h / 7) % CHANNELS.length],
                CATEGORIES[(h / 11) % CATEGORIES.length], docNo, indexNo, url);
    }

    private static void writeCsv(Path file, List<List<String>> table, boolean header) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (header) {
                out.write(String.join(",", HEADER));
                out.write("\r\n");
            }
            for (List<String> row : table) {
                out.write(String.join(",", row)); // no value holds a comma or a quote
                out.write("\r\n");
            }
        }
    }

    /** As Excel would save the list: one sheet, a header row, text cells (written with SXSSF). */
    private static void writeXlsx(Path file, List<List<String>> table) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("目录");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = table.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            workbook.write(out);
        }
    }
}
