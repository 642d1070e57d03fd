package org.pubstats.intake.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.pubstats.intake.UnreadableFileException;

/**
 * The zip container of an xlsx, checked before any part is parsed: every entry's declared size
 * and compression ratio and their total against {@link XlsxLimits}, from the central directory
 * alone (nothing is inflated). A workbook that would inflate to gigabytes is rejected in
 * milliseconds, before a single row is loaded. Only then are parts handed out, each held to its
 * declared size while it inflates ({@link #open}), so a directory that understates a size is
 * caught on the first byte beyond it. Part names are matched without regard to case, as OPC
 * says; two entries with the same name make the file unreadable.
 */
final class XlsxArchive implements AutoCloseable {

    private static final long MB = 1L << 20;

    private final ZipFile zip;
    private final XlsxLimits limits;
    private final Map<String, ZipEntry> entries;

    private XlsxArchive(ZipFile zip, XlsxLimits limits, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    /** The archive, its central directory checked; close it when done. */
    static XlsxArchive open(Path file, XlsxLimits limits) throws UnreadableFileException {
        ZipFile zip;
        // An unreadable central directory is a damaged file: reading on from the local headers
        // would inflate entries that no declared size bounds.
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw unreadableDirectory(e);
        }
        try {
            return new XlsxArchive(zip, limits, check(zip, limits));
        } catch (UnreadableFileException | RuntimeException | Error e) {
            GuardedCursor.closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipEntry> check(ZipFile zip, XlsxLimits limits) throws UnreadableFileException {
        Map<String, ZipEntry> byName = new HashMap<>();
        long total = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (byName.size() >= PoiLimits.MAX_FILE_COUNT) {
                throw FileProblem.SUSPICIOUS_FILE.exception("文件中包含的部件数量异常（超过"
                        + PoiLimits.MAX_FILE_COUNT + "个），疑似恶意文件，已拒绝读取", null);
            }
            String name = key(entry.getName());
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                throw FileProblem.UNREADABLE_FILE.exception("文件已损坏（压缩包目录中缺少“" + entry.getName()
                        + "”的大小），无法读取，请用Excel打开检查后重新另存", null);
            }
            checkSize(entry.getName(), size, limitFor(name, limits));
            if (isInflated(name) && size > limits.ratioCheckedAbove() && compressed < size * limits.minRatio()) {
                throw FileProblem.SUSPICIOUS_FILE.exception("文件中的“" + entry.getName() + "”压缩比异常（"
                        + size / MB + " MB的内容压缩后只有" + Math.max(1, compressed / 1024)
                        + " KB），疑似恶意文件（压缩炸弹），已在读取任何数据之前拒绝", null);
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw FileProblem.TOO_LARGE.exception("文件解压后超过" + limits.maxTotalBytes() / MB
                        + " MB，超出了可以安全读取的范围，已在读取任何数据之前拒绝；请拆分成几个较小的文件后重新报送", null);
            }
            if (byName.putIfAbsent(name, entry) != null) {
                throw FileProblem.UNREADABLE_FILE.exception("文件已损坏（压缩包中有两个“" + entry.getName()
                        + "”），无法读取，请用Excel打开检查后重新另存", null);
            }
        }
        return byName;
    }

    private static UnreadableFileException unreadableDirectory(IOException e) {
        return FileProblem.UNREADABLE_FILE.exception(
                "文件已损坏（压缩包目录无法读取），无法读取，请用Excel打开检查后重新另存", e);
    }

    private static void checkSize(String entry, long size, long limit) throws UnreadableFileException {
        if (size > limit) {
            throw FileProblem.TOO_LARGE.exception("文件中的“" + entry + "”解压后有" + size / MB + " MB，超过了可以安全读取的上限"
                    + limit / MB + " MB，已在读取任何数据之前拒绝；请拆分成几个较小的文件后重新报送", null);
        }
    }

    /**
     * The parts that pubstats or POI inflate: sheets, shared strings, styles, the workbook, the
     * package's relationships and content types. Others (pivot caches, drawings, media) are never
     * read, so their compression says nothing — a pivot cache of repetitive records may well
     * compress below the ratio — and only their size counts.
     */
    private static boolean isInflated(String name) {
        return name.startsWith("xl/worksheets/") || name.endsWith("sharedstrings.xml") || name.endsWith("styles.xml")
                || name.endsWith("workbook.xml") || name.endsWith(".rels") || name.equals("[content_types].xml")
                || name.startsWith("docprops/");
    }

    /** Sheets and the shared strings are streamed; other XML parts are parsed whole. */
    private static long limitFor(String name, XlsxLimits limits) {
        boolean streamed = name.startsWith("xl/worksheets/") || name.endsWith("sharedstrings.xml");
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
        return streamed || !xml ? limits.maxPartBytes() : limits.maxXmlPartBytes();
    }

    /** Whether the archive holds this part ({@code xl/workbook.xml}, without a leading '/'). */
    boolean contains(String partName) {
        return entries.containsKey(key(partName));
    }

    /** The size the central directory declares for a part (checked against the limits); -1 if there is no such part. */
    long declaredSize(String partName) {
        ZipEntry entry = entries.get(key(partName));
        return entry == null ? -1 : entry.getSize();
    }

    /** A part's content, failing as soon as it inflates beyond its declared size or its limit. */
    InputStream open(String partName) throws IOException {
        String name = key(partName);
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new java.io.FileNotFoundException("no part " + partName);
        }
        InputStream in = zip.getInputStream(entry);
        if (in == null) {
            throw new IOException("part " + partName + " cannot be read");
        }
        return new Bounded(in, entry.getName(), entry.getSize(), limitFor(name, limits));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static String key(String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        return bare.toLowerCase(Locale.ROOT);
    }

    /** Counts inflated bytes; the failure travels as an IOException through the XML parser. */
    private static final class Bounded extends FilterInputStream {

        private final String name;
        private final long declared;
        private final long limit;
        private long count;

        Bounded(InputStream in, String name, long declared, long limit) {
            super(in);
            this.name = name;
            this.declared = declared;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        private void add(long n) throws RefusedPart {
            count += n;
            if (declared >= 0 && count > declared) {
                throw new RefusedPart(FileProblem.SUSPICIOUS_FILE.exception("文件中的“" + name
                        + "”解压后比压缩包目录中声明的" + declared + "字节更大，疑似恶意文件，已拒绝读取", null));
            }
            if (count > limit) {
                throw new RefusedPart(FileProblem.TOO_LARGE.exception("文件中的“" + name + "”解压后超过"
                        + limit / MB + " MB，超出了可以安全读取的范围；请拆分成几个较小的文件后重新报送", null));
            }
        }
    }
}
