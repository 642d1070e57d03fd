package org.pubstats.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A deliberately small, independent reading of the written inbox by the rules of design.md §2–§6, using
 * only the files and the dictionaries under jobs/: what a correct pipeline must find in it. It shares
 * no code with the generator, so a writer bug or an accidental merge shows up as a wrong figure.
 */
final class InboxReadBack {

    record Item(String dept, String title, LocalDate date, String docNo, String indexNo, String url,
                Set<String> channels, Set<String> figures) {
    }

    final List<Item> rows = new ArrayList<>();
    final Set<String> requests = new HashSet<>();
    int rejectedRows;
    int rejectedFiles;
    int skippedFiles;
    int totalRows;

    private final Map<String, String> headerField = new HashMap<>();
    private final Map<String, String> channelOf = new HashMap<>();
    private final Map<String, Set<String>> categoryOf = new HashMap<>();
    private final Path inbox;
    private final int year;

    InboxReadBack(Path inbox, Path jobs, int year) throws IOException {
        this.inbox = inbox;
        this.year = year;
        for (String[] l : lines(jobs.resolve("header-synonyms.csv"))) {
            headerField.putIfAbsent(headerKey(l[1]), l[0]);
        }
        for (String[] l : lines(jobs.resolve("channels.csv"))) {
            channelOf.put(key(l[0]), l[1]);
        }
        Map<String, String> parent = new HashMap<>();
        for (String[] l : lines(jobs.resolve("categories.csv"))) {
            if (l.length > 2 && !l[2].isBlank()) {
                parent.put(l[1], l[2]);
            }
        }
        for (String[] l : lines(jobs.resolve("categories.csv"))) {
            Set<String> s = new HashSet<>();
            for (String c = l[1]; c != null; c = parent.get(c)) {
                s.add(c);
            }
            categoryOf.put(key(l[0]), s);
        }
    }

    private static List<String[]> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("value,") && !l.startsWith("field,"))
                .map(l -> l.split(",", -1)).toList();
    }

    InboxReadBack read() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String dept = inbox.relativize(f).getName(0).toString();
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            List<List<List<String>>> sheets;
            try {
                if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                    sheets = workbook(f);
                } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                    sheets = List.of(text(f));
                } else {
                    skippedFiles++;
                    continue;
                }
            } catch (Exception e) {
                rejectedFiles++;
                continue;
            }
            for (List<List<String>> sheet : sheets) {
                table(dept, sheet);
            }
        }
        return this;
    }

    private static List<List<List<String>>> workbook(Path f) throws IOException {
        List<List<List<String>>> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue;
                }
                Sheet s = wb.getSheetAt(i);
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            var cell = row.getCell(c);
                            if (cell == null) {
                                cells.add("");
                            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                                cells.add(cell.getLocalDateTimeCellValue().toString());
                            } else if (cell.getCellType() == CellType.NUMERIC) {
                                double v = cell.getNumericCellValue();
                                cells.add(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
                            } else {
                                cells.add(fmt.formatCellValue(cell));
                            }
                        }
                    }
                    rows.add(cells);
                }
                out.add(rows);
            }
        }
        return out;
    }

    private static List<List<String>> text(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        if (bytes.length == 0) {
            throw new IOException("empty");
        }
        String content;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            content = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                content = new String(bytes, Charset.forName("GB18030"));
            }
        }
        char sep = ',';
        int best = -1;
        List<String> head = content.lines().limit(20).toList();
        for (char c : new char[] {',', '\t', ';'}) {
            int max = head.stream().mapToInt(l -> (int) l.chars().filter(ch -> ch == c).count()).max().orElse(0);
            if (max > best) {
                best = max;
                sep = c;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVReader r = new CSVReaderBuilder(new java.io.StringReader(content))
                .withCSVParser(new CSVParserBuilder().withSeparator(sep).build()).build()) {
            for (String[] rec : r) {
                rows.add(List.of(rec));
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        return rows;
    }

    private void table(String folder, List<List<String>> rows) {
        int header = -1;
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < Math.min(20, rows.size()) && header < 0; i++) {
            Map<String, Integer> found = new HashMap<>();
            List<String> cells = rows.get(i);
            for (int c = 0; c < cells.size(); c++) {
                String field = headerField.get(headerKey(cells.get(c)));
                if (field != null) {
                    found.putIfAbsent(field, c);
                }
            }
            if ((found.containsKey("title") && found.containsKey("publish_date")) || found.containsKey("request_no")) {
                header = i;
                cols = found;
            }
        }
        if (header < 0) {
            rejectedFiles++;
            return;
        }
        for (List<String> cells : rows.subList(header + 1, rows.size())) {
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String first = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("").strip();
            if (first.equals("合计") || first.equals("总计") || first.equals("小计")) {
                totalRows++;
                continue;
            }
            if (cols.containsKey("request_no")) {
                LocalDate received = date(cell(cells, cols, "received_date"));
                if (received != null && received.getYear() == year) {
                    requests.add(folder + "\u0000" + cell(cells, cols, "request_no"));
                }
                continue;
            }
            String title = cell(cells, cols, "title");
            LocalDate date = date(cell(cells, cols, "publish_date"));
            if (title.isBlank() || date == null || date.getYear() < 1949 || date.getYear() > 2100) {
                rejectedRows++;
                continue;
            }
            Set<String> channels = new HashSet<>();
            for (String v : split(cell(cells, cols, "channel"))) {
                channels.add(channelOf.getOrDefault(key(v), "其他"));
            }
            if (channels.isEmpty()) {
                channels.add("政府网站");
            }
            Set<String> figures = new HashSet<>();
            for (String v : split(cell(cells, cols, "category"))) {
                figures.addAll(categoryOf.getOrDefault(key(v), Set.of("其他")));
            }
            String dept = cell(cells, cols, "department");
            rows(new Item(dept.isBlank() ? folder : dept, title, date, blankToNull(cell(cells, cols, "doc_no")),
                    blankToNull(cell(cells, cols, "index_no")), blankToNull(cell(cells, cols, "url")), channels, figures));
        }
    }

    private void rows(Item item) {
        rows.add(item);
    }

    private static String cell(List<String> cells, Map<String, Integer> cols, String field) {
        Integer i = cols.get(field);
        return i == null || i >= cells.size() ? "" : cells.get(i).strip();
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("[、,，;；/\\r\\n]+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static final Pattern SEPARATED = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{4,5}$");

    static LocalDate date(String raw) {
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        try {
            Matcher m = SEPARATED.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(t).matches()) {
                return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t));
            }
            if (t.length() >= 16 && t.charAt(10) == 'T') {
                return LocalDateTime.parse(t).toLocalDate();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String key(String v) {
        return Normalizer.normalize(v, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String headerKey(String v) {
        return key(v).replaceAll("[*:：()（）\\[\\]【】]", "");
    }

    // ---------------------------------------------------------------- merging and figures (design.md §3, §5, §6)

    static String normTitle(String t) {
        String s = Normalizer.normalize(t, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        s = s.replaceAll("[“”\"]", "\"").replaceAll("[‘’']", "'");
        return s.replaceAll("[。.]+$", "");
    }

    static String normDoc(String d) {
        return d == null ? null : Normalizer.normalize(d, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replaceAll("[\\[【(〔﹝]", "〔").replaceAll("[\\]】)〕﹞]", "〕");
    }

    static String normIndex(String i) {
        return i == null ? null : Normalizer.normalize(i, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static final Pattern URL = Pattern.compile("^([a-zA-Z]+)://([^/:#?]+)(?::(\\d+))?([^#]*)(?:#.*)?$");

    static String normUrl(String u) {
        if (u == null) {
            return null;
        }
        Matcher m = URL.matcher(Normalizer.normalize(u, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return u.strip();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT).replace("https", "http");
        String port = m.group(3) == null || m.group(3).equals("80") || m.group(3).equals("443") ? "" : ":" + m.group(3);
        return scheme + "://" + m.group(2).toLowerCase(Locale.ROOT) + port + m.group(4).replaceAll("/+$", "");
    }

    /** Union-find over the accepted rows; returns each row's group representative. */
    int[] merge() {
        int n = rows.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byIndex = new HashMap<>();
        Map<String, Integer> byUrl = new HashMap<>();
        Map<String, List<Integer>> byTitleDate = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Item r = rows.get(i);
            if (r.indexNo() != null) {
                Integer j = byIndex.putIfAbsent(normIndex(r.indexNo()), i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
            if (r.url() != null) {
                Integer j = byUrl.putIfAbsent(normUrl(r.url()), i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
            byTitleDate.computeIfAbsent(normTitle(r.title()) + "|" + r.date(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> g : byTitleDate.values()) {
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    String da = normDoc(rows.get(g.get(a)).docNo());
                    String db = normDoc(rows.get(g.get(b)).docNo());
                    if (da == null || db == null || da.equals(db)) {
                        union(parent, g.get(a), g.get(b));
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    /** 政府网站, 其他方式, 规范性文件, 试点领域, 重点领域, 在线调查, 依申请公开, 政策解读, distinct items. */
    List<Integer> figures() {
        int[] group = merge();
        Map<Integer, Set<String>> channels = new HashMap<>();
        Map<Integer, Set<String>> figures = new HashMap<>();
        Map<Integer, LocalDate> dates = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Item r = rows.get(i);
            channels.computeIfAbsent(group[i], k -> new HashSet<>()).addAll(r.channels());
            figures.computeIfAbsent(group[i], k -> new HashSet<>()).addAll(r.figures());
            dates.merge(group[i], r.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        int[] c = new int[9];
        for (Integer g : dates.keySet()) {
            if (dates.get(g).getYear() != year) {
                continue;
            }
            Set<String> ch = channels.get(g);
            Set<String> f = figures.get(g);
            c[0] += ch.contains("政府网站") ? 1 : 0;
            c[1] += ch.stream().anyMatch(x -> !x.equals("政府网站")) ? 1 : 0;
            c[2] += f.contains("规范性文件") ? 1 : 0;
            c[3] += f.contains("试点领域") ? 1 : 0;
            c[4] += f.contains("重点领域") ? 1 : 0;
            c[5] += f.contains("在线调查") ? 1 : 0;
            c[7] += f.contains("政策解读") ? 1 : 0;
            c[8]++;
        }
        c[6] = requests.size();
        List<Integer> out = new ArrayList<>();
        for (int v : c) {
            out.add(v);
        }
        return out;
    }
}
