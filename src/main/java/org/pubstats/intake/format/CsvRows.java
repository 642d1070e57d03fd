package org.pubstats.intake.format;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pubstats.intake.RawRow;
import org.pubstats.intake.TableCursor.SkippedSheet;

/**
 * Records of a CSV/TXT file, streamed. Each record's row number is the physical line where it
 * starts, as a text editor shows it, also after quoted fields spanning several lines.
 */
final class CsvRows implements RowSource {

    /** Characters looked at to tell the separator. */
    private static final int DELIMITER_SAMPLE_CHARS = 64 * 1024;
    /** A line longer than this is not a table row but a broken or binary file. */
    private static final int MAX_LINE_LENGTH = 1_000_000;
    /** A quoted field may span this many lines; beyond it, an unclosed quote is assumed. */
    private static final int MAX_LINES_PER_RECORD = 500;

    private final RowCells cells = new RowCells();
    private final CSVReader reader;
    private final StrictTextReader decoded;
    private final CsvEncoding encoding;

    private CsvRows(CSVReader reader, StrictTextReader decoded, CsvEncoding encoding) {
        this.reader = reader;
        this.decoded = decoded;
        this.encoding = encoding;
    }

    static RowSource open(Path file) throws Exception {
        CsvSample sample = CsvSample.read(file);
        CsvEncoding encoding = CsvEncoding.detect(sample);
        byte[] head = sample.head();
        if (encoding.looksBinary(head)) {
            throw FileProblem.UNREADABLE_FILE.exception("文件不是文本格式的CSV表格（可能已损坏，或实际是其他类型的文件）", null);
        }
        String headText = new String(head, encoding.bomLength(),
                Math.min(head.length - encoding.bomLength(), DELIMITER_SAMPLE_CHARS), encoding.charset());
        if (!encoding.recognised()) {
            throw FileProblem.BAD_ENCODING.exception("文件编码无法识别：既不是UTF-8也不是GBK/GB18030编码的文本，"
                    + "请用Excel或记事本打开后另存为“CSV UTF-8”或GBK编码的CSV文件", null);
        }
        char separator = CsvDelimiter.detect(headText);

        InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        try {
            in.skipNBytes(encoding.bomLength());
            StrictTextReader decoded = new StrictTextReader(in, encoding);
            BufferedReader text = new BufferedReader(new LineLengthGuard(decoded, MAX_LINE_LENGTH));
            CSVReader reader = new CSVReaderBuilder(text)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                    .withMultilineLimit(MAX_LINES_PER_RECORD)
                    .build();
            return new CsvRows(reader, decoded, encoding);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public RawRow next() throws Exception {
        long startLine = reader.getLinesRead() + 1;
        String[] record;
        try {
            record = reader.readNext();
        } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
            throw unclosedQuote(startLine, e);
        }
        if (record == null) {
            return null;
        }
        cells.clear();
        for (String field : record) {
            cells.add(field);
        }
        StrictTextReader.BadLine bad = decoded.badLineBetween(startLine, reader.getLinesRead());
        return new RawRow("", Math.toIntExact(startLine), cells.build(), bad == null ? null : undecodable(bad));
    }

    /** Names the line and the encoding the file was read in, for the office. */
    private String undecodable(StrictTextReader.BadLine bad) {
        return "第" + bad.line() + "行含有不符合" + encoding.displayName() + "编码的字节" + bad.bytes()
                + "（" + encoding.why() + "），该行可能是以其他编码保存的；请将整个文件统一另存为"
                + encoding.displayName() + "编码后重新报送";
    }

    private static Exception unclosedQuote(long line, Exception cause) {
        return FileProblem.UNREADABLE_FILE.exception(
                "CSV格式错误：从第" + line + "行开始的内容引号不配对，请检查该行的双引号", cause);
    }

    @Override
    public List<SkippedSheet> skippedSheets() {
        return List.of();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
