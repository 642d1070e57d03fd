package org.pubstats.intake.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * A lean pull parser for the XML parts of an xlsx, working on the bytes as they inflate: start and
 * end tags come out as events, attributes and text are looked at in place and turned into strings
 * only when asked for. It reads what spreadsheet writers produce and refuses what could make a
 * small part costly: a document type declaration (so no entity is ever declared, let alone
 * expanded: a reference other than the five predefined ones and character references fails the
 * part), over-long tags, deep nesting. The rest of XML 1.0's well-formedness that matters is
 * checked: tags nest and match, one root, characters are legal XML characters, UTF-8 is valid
 * wherever text is taken. Element and attribute names are matched by their local part, so
 * "strict" OOXML ({@code x:row}) reads the same. Parts in another encoding than UTF-8 (declared,
 * or UTF-16 with a byte-order mark) are transcoded first.
 *
 * <p>Memory stays flat: a 64 KB window over the part, the names of the open elements, and the
 * text being collected, which the caller bounds ({@link #collectText}).
 */
final class XlsxXml implements AutoCloseable {

    static final int START = 1;
    static final int END = 2;
    static final int DONE = -1;

    /**
     * Characters one cell may hold: Excel allows 32,767; a longer one is not from a spreadsheet
     * program, and is not built in memory past this (the CSV line limit is the same).
     */
    static final int MAX_CELL_CHARS = 1_000_000;

    private static final int BUFFER_BYTES = 64 * 1024;
    /** One tag with its attributes; real ones are below a few hundred bytes. */
    private static final int MAX_TAG_BYTES = 1 << 20;
    private static final int MAX_ATTRIBUTES = 256;
    /** Spreadsheet parts nest fewer than ten elements deep. */
    private static final int MAX_DEPTH = 256;
    /** A character reference with its leading zeros, or an entity name. */
    private static final int MAX_REFERENCE_BYTES = 64;
    private static final byte[] COMMENT = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_END = "-->".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CDATA = "<![CDATA[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PI_END = "?>".getBytes(StandardCharsets.US_ASCII);

    private final String part;
    private InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean endOfInput;

    private int event;
    private int nameStart;
    private int localStart;
    private int nameEnd;
    private boolean pendingEnd;
    private boolean emptyElement;
    /** Per attribute of the current start tag: name start, local name start, name end, value start, value end. */
    private int[] attributes = new int[5 * 8];
    private int attributeCount;
    private final Bytes attributeValue = new Bytes();
    private final ByteText attributeScratch = new ByteText();

    /** Qualified names of the open elements, one after the other. */
    private byte[] openNames = new byte[256];
    private int[] openNameEnds = new int[16];
    private int open;
    private int depth;
    private boolean rootSeen;

    private final ByteText text = new ByteText();
    private boolean collecting;
    private int collectDepth;
    private long textChars;
    private long textMaxChars;
    private boolean textTooLong;
    private final Bytes textView = new Bytes();

    XlsxXml(InputStream in, String part) throws IOException {
        this(in, part, BUFFER_BYTES);
    }

    /** With a first buffer for a part of about {@code expectedBytes}: most parts but the sheets are small. */
    XlsxXml(InputStream in, String part, long expectedBytes) throws IOException {
        this.in = in;
        this.part = part;
        this.buf = new byte[(int) Math.max(256, Math.min(BUFFER_BYTES, expectedBytes + 16))];
        chooseEncoding();
    }

    /** The next start or end tag ({@link #START}, {@link #END}), or {@link #DONE} after the root's end. */
    int next() throws IOException {
        if (pendingEnd) { // the end of <x/>: its name is still where the start tag was
            pendingEnd = false;
            depth--;
            return event = END;
        }
        while (true) {
            if (!skipText()) {
                return finish();
            }
            if (!ensure(2)) {
                throw malformed("unexpected end of the document");
            }
            byte second = buf[pos + 1];
            if (second == '/') {
                endTag();
                return event = END;
            } else if (second == '?') {
                skipPast(PI_END, 2); // the XML declaration or a processing instruction
            } else if (second == '!') {
                declaration();
            } else {
                startTag();
                return event = START;
            }
        }
    }

    /** Whether the current start or end tag's local name is this one. */
    boolean is(byte[] localName) {
        int length = nameEnd - localStart;
        return length == localName.length && sameBytes(buf, localStart, localName, 0, length);
    }

    /** Open elements, the current start tag's included. */
    int depth() {
        return depth;
    }

    /**
     * The value of the current start tag's attribute with this local name (the first if several
     * share it), entities resolved and white space normalised as XML prescribes; null if absent.
     * Valid until the next call of this reader.
     */
    Bytes attribute(byte[] localName) throws IOException {
        for (int k = 0; k < attributeCount; k++) {
            int at = 5 * k;
            int from = attributes[at + 1];
            int length = attributes[at + 2] - from;
            if (length == localName.length && sameBytes(buf, from, localName, 0, length)) {
                return attributeValue(attributes[at + 3], attributes[at + 4]);
            }
        }
        return null;
    }

    String attributeString(byte[] localName) throws IOException {
        Bytes value = attribute(localName);
        return value == null ? null : value.string();
    }

    /**
     * Starts collecting text: from now on, the character data directly inside the current element
     * (not in its children) is kept, up to {@code maxChars} characters; more marks the text too
     * long. {@link #pauseText} stops, {@link #resumeText} goes on collecting into the same text.
     */
    void collectText(long maxChars) {
        text.clear();
        textChars = 0;
        textMaxChars = maxChars;
        textTooLong = false;
        resumeText();
    }

    /** Collects the text directly inside the current element too, appended to what was collected. */
    void resumeText() {
        collecting = true;
        collectDepth = depth;
    }

    void pauseText() {
        collecting = false;
    }

    /** The collected text, or null when it was longer than allowed. */
    String text() throws IOException {
        return textTooLong ? null : textView.set(text.bytes, 0, text.length, text.nonAscii).string();
    }

    /** The collected bytes (UTF-8, references resolved), or null when longer than allowed; valid until the next call. */
    Bytes textBytes() {
        if (textTooLong) {
            return null;
        }
        return textView.set(text.bytes, 0, text.length, text.nonAscii);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---- text between tags

    /**
     * Goes through character data up to the next '{@code <}', collecting it when asked to;
     * false at the end of the input.
     */
    private boolean skipText() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            boolean keep = collecting && depth == collectDepth;
            byte[] b = buf;
            int p = pos;
            int end = limit;
            int runChars = 0;
            boolean nonAscii = false;
            if (depth == 0) {
                while (p < end && b[p] != '<') {
                    if (!isWhiteSpace(b[p])) {
                        throw malformed(rootSeen ? "text after the root element" : "text before the root element");
                    }
                    p++;
                }
            } else if (keep) {
                for (; p < end; p++) {
                    byte c = b[p];
                    if (c >= 0) {
                        if (c < 0x20 || c == '<' || c == '&') {
                            if (c == '<' || c == '&' || c == '\r') {
                                break;
                            }
                            checkControl(c);
                        }
                        runChars++;
                    } else {
                        nonAscii = true;
                        if ((c & 0xC0) != 0x80) {
                            runChars += (c & 0xF8) == 0xF0 ? 2 : 1; // a supplementary character is two chars
                        }
                    }
                }
                keep(b, pos, p, runChars, nonAscii);
            } else {
                for (; p < end; p++) {
                    byte c = b[p];
                    if (c >= 0 && (c < 0x20 || c == '<' || c == '&')) {
                        if (c == '<' || c == '&' || c == '\r') {
                            break;
                        }
                        checkControl(c);
                    }
                }
            }
            pos = p;
            if (p == end) {
                continue;
            }
            byte c = b[p];
            if (c == '<') {
                return true;
            } else if (c == '&') {
                reference(keep);
            } else { // '\r': a line end, alone or before '\n', is one '\n'
                pos++;
                if (keep) {
                    keepCodePoint('\n');
                }
                if (ensure(1) && buf[pos] == '\n') {
                    pos++;
                }
            }
        }
    }

    private void keep(byte[] b, int from, int to, int chars, boolean nonAscii) {
        if (to == from || textTooLong) {
            return;
        }
        if (textChars + chars > textMaxChars) {
            textTooLong = true;
            return;
        }
        textChars += chars;
        text.add(b, from, to, nonAscii);
    }

    /** One byte of a CDATA section: a UTF-8 lead byte or ASCII counts as a character, a continuation byte not. */
    private void keepByte(byte c) {
        if (textTooLong) {
            return;
        }
        int chars = c >= 0 ? 1 : (c & 0xC0) == 0x80 ? 0 : (c & 0xF8) == 0xF0 ? 2 : 1;
        if (textChars + chars > textMaxChars) {
            textTooLong = true;
            return;
        }
        textChars += chars;
        text.add(c);
        text.nonAscii |= c < 0;
    }

    private void keepCodePoint(int codePoint) {
        if (textTooLong) {
            return;
        }
        int chars = Character.charCount(codePoint);
        if (textChars + chars > textMaxChars) {
            textTooLong = true;
            return;
        }
        textChars += chars;
        text.addCodePoint(codePoint);
    }

    /** A reference in text, at {@code pos}: one of the five predefined entities or a character reference. */
    private void reference(boolean keep) throws IOException {
        int semicolon = -1;
        for (int i = 1; semicolon < 0; i++) {
            if (i > MAX_REFERENCE_BYTES || !ensure(i + 1)) {
                throw malformed("unterminated reference");
            }
            if (buf[pos + i] == ';') {
                semicolon = pos + i;
            }
        }
        int codePoint = referencedCodePoint(buf, pos + 1, semicolon);
        pos = semicolon + 1;
        if (keep) {
            keepCodePoint(codePoint);
        }
    }

    /** The character of {@code &name;} between {@code from} and {@code to} (the ';'). */
    private int referencedCodePoint(byte[] b, int from, int to) throws IOException {
        int length = to - from;
        if (length >= 2 && b[from] == '#') {
            boolean hex = b[from + 1] == 'x';
            int i = hex ? from + 2 : from + 1;
            if (i == to) {
                throw malformed("empty character reference");
            }
            int codePoint = 0;
            for (; i < to; i++) {
                int digit = Character.digit(b[i], hex ? 16 : 10);
                if (digit < 0 || b[i] < 0) {
                    throw malformed("bad character reference");
                }
                codePoint = codePoint * (hex ? 16 : 10) + digit;
                if (codePoint > Character.MAX_CODE_POINT) {
                    throw malformed("character reference beyond Unicode");
                }
            }
            if (!isXmlCharacter(codePoint)) {
                throw malformed("character reference to a character XML does not allow: " + codePoint);
            }
            return codePoint;
        }
        if (length == 2 && b[from + 1] == 't' && (b[from] == 'l' || b[from] == 'g')) {
            return b[from] == 'l' ? '<' : '>';
        }
        if (length == 3 && b[from] == 'a' && b[from + 1] == 'm' && b[from + 2] == 'p') {
            return '&';
        }
        if (length == 4 && b[from] == 'q' && b[from + 1] == 'u' && b[from + 2] == 'o' && b[from + 3] == 't') {
            return '"';
        }
        if (length == 4 && b[from] == 'a' && b[from + 1] == 'p' && b[from + 2] == 'o' && b[from + 3] == 's') {
            return '\'';
        }
        // No entity is ever declared here (a DTD is refused), so there is nothing to expand.
        throw malformed("reference to an undeclared entity");
    }

    // ---- markup

    private void startTag() throws IOException {
        if (rootSeen && depth == 0) {
            throw malformed("a second root element");
        }
        while (!parseStartTag()) {
            if (limit - pos > MAX_TAG_BYTES) {
                throw malformed("a tag longer than " + MAX_TAG_BYTES + " bytes");
            }
            if (!fill()) {
                throw malformed("unexpected end inside a tag");
            }
        }
        if (++depth > MAX_DEPTH) {
            throw malformed("elements nested more than " + MAX_DEPTH + " deep");
        }
        rootSeen = true;
        if (emptyElement) {
            pendingEnd = true;
        } else {
            push(nameStart, nameEnd);
        }
    }

    /**
     * Parses the start tag at {@code pos} and moves past it; false, with nothing moved, when the
     * buffer ends before the tag does (the caller reads more and parses again).
     */
    private boolean parseStartTag() throws IOException {
        byte[] b = buf;
        int end = limit;
        int p = pos + 1;
        int colon = -1;
        for (; ; p++) {
            if (p >= end) {
                return false;
            }
            byte c = b[p];
            if (c == '>' || c == '/' || isWhiteSpace(c)) {
                break;
            }
            if (c == ':') {
                colon = p;
            } else if (c == '<' || c == '"' || c == '\'') {
                throw malformed("a bad character in an element name");
            }
        }
        if (p == pos + 1) {
            throw malformed("a tag without a name");
        }
        nameStart = pos + 1;
        nameEnd = p;
        localStart = colon < 0 ? nameStart : colon + 1;
        attributeCount = 0;
        while (true) {
            int q = p;
            while (q < end && isWhiteSpace(b[q])) {
                q++;
            }
            if (q >= end) {
                return false;
            }
            byte c = b[q];
            if (c == '>') {
                emptyElement = false;
                pos = q + 1;
                return true;
            }
            if (c == '/') {
                if (q + 1 >= end) {
                    return false;
                }
                if (b[q + 1] != '>') {
                    throw malformed("'/' inside a tag");
                }
                emptyElement = true;
                pos = q + 2;
                return true;
            }
            if (q == p) {
                throw malformed("attributes not separated by white space");
            }
            int name = q;
            colon = -1;
            for (; ; q++) {
                if (q >= end) {
                    return false;
                }
                c = b[q];
                if (c == '=' || c == '>' || c == '/' || isWhiteSpace(c)) {
                    break;
                }
                if (c == ':') {
                    colon = q;
                } else if (c == '<' || c == '"' || c == '\'') {
                    throw malformed("a bad character in an attribute name");
                }
            }
            int nameEnd = q;
            if (nameEnd == name) {
                throw malformed("an attribute without a name");
            }
            while (q < end && isWhiteSpace(b[q])) {
                q++;
            }
            if (q >= end) {
                return false;
            }
            if (b[q] != '=') {
                throw malformed("an attribute without a value");
            }
            q++;
            while (q < end && isWhiteSpace(b[q])) {
                q++;
            }
            if (q >= end) {
                return false;
            }
            byte quote = b[q];
            if (quote != '"' && quote != '\'') {
                throw malformed("an attribute value without quotes");
            }
            int valueStart = ++q;
            for (; ; q++) {
                if (q >= end) {
                    return false;
                }
                c = b[q];
                if (c == quote) {
                    break;
                }
                if (c == '<') {
                    throw malformed("'<' in an attribute value");
                }
            }
            addAttribute(name, colon < 0 ? name : colon + 1, nameEnd, valueStart, q);
            p = q + 1;
        }
    }

    private void addAttribute(int name, int local, int nameEnd, int valueStart, int valueEnd) throws IOException {
        if (isNamespaceDeclaration(name, nameEnd)) {
            return; // not an attribute of the element (as StAX sees it too)
        }
        if (attributeCount == MAX_ATTRIBUTES) {
            throw malformed("more than " + MAX_ATTRIBUTES + " attributes on one element");
        }
        for (int k = 0; k < attributeCount; k++) {
            int at = 5 * k;
            int length = attributes[at + 2] - attributes[at];
            if (length == nameEnd - name && sameBytes(buf, attributes[at], buf, name, length)) {
                throw malformed("an attribute given twice");
            }
        }
        int at = 5 * attributeCount;
        if (at + 5 > attributes.length) {
            attributes = Arrays.copyOf(attributes, attributes.length * 2);
        }
        attributes[at] = name;
        attributes[at + 1] = local;
        attributes[at + 2] = nameEnd;
        attributes[at + 3] = valueStart;
        attributes[at + 4] = valueEnd;
        attributeCount++;
    }

    private void endTag() throws IOException {
        int end;
        while ((end = endTagEnd()) < 0) {
            if (limit - pos > MAX_TAG_BYTES) {
                throw malformed("a tag longer than " + MAX_TAG_BYTES + " bytes");
            }
            if (!fill()) {
                throw malformed("unexpected end inside a tag");
            }
        }
        if (open == 0) {
            throw malformed("an end tag without its start");
        }
        int from = open == 1 ? 0 : openNameEnds[open - 2];
        int to = openNameEnds[open - 1];
        if (to - from != nameEnd - nameStart || !sameBytes(openNames, from, buf, nameStart, to - from)) {
            throw malformed("an end tag that does not match its start tag");
        }
        open--;
        depth--;
        attributeCount = 0;
        pos = end + 1;
    }

    /** The index of the '>' of the end tag at {@code pos}, its name noted; -1 when the buffer ends first. */
    private int endTagEnd() throws IOException {
        byte[] b = buf;
        int p = pos + 2;
        int colon = -1;
        for (; ; p++) {
            if (p >= limit) {
                return -1;
            }
            byte c = b[p];
            if (c == '>' || isWhiteSpace(c)) {
                break;
            }
            if (c == ':') {
                colon = p;
            }
        }
        nameStart = pos + 2;
        nameEnd = p;
        localStart = colon < 0 ? nameStart : colon + 1;
        while (p < limit && isWhiteSpace(b[p])) {
            p++;
        }
        if (p >= limit) {
            return -1;
        }
        if (b[p] != '>') {
            throw malformed("an end tag with more than a name");
        }
        return p;
    }

    private void push(int from, int to) {
        int start = open == 0 ? 0 : openNameEnds[open - 1];
        int length = to - from;
        if (start + length > openNames.length) {
            openNames = Arrays.copyOf(openNames, Math.max(openNames.length * 2, start + length));
        }
        System.arraycopy(buf, from, openNames, start, length);
        if (open == openNameEnds.length) {
            openNameEnds = Arrays.copyOf(openNameEnds, open * 2);
        }
        openNameEnds[open++] = start + length;
    }

    /** {@code <!--}, {@code <![CDATA[} or {@code <!DOCTYPE}, at {@code pos}. */
    private void declaration() throws IOException {
        if (startsWith(COMMENT)) {
            skipPast(COMMENT_END, COMMENT.length);
        } else if (startsWith(CDATA)) {
            if (depth == 0) {
                throw malformed("CDATA outside the root element");
            }
            cdata();
        } else if (startsWith(DOCTYPE)) {
            throw new RefusedPart(FileProblem.SUSPICIOUS_FILE.exception("文件中的“" + part
                    + "”含有文档类型声明（DTD），Excel从不写入这种内容，疑似恶意文件，已拒绝读取", null));
        } else {
            throw malformed("unknown markup after '<!'");
        }
    }

    private void cdata() throws IOException {
        pos += CDATA.length;
        boolean keep = collecting && depth == collectDepth;
        while (true) {
            if (!ensure(3)) {
                throw malformed("unterminated CDATA section");
            }
            byte c = buf[pos];
            if (c == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                pos += 3;
                return;
            }
            pos++;
            if (c == '\r') {
                if (ensure(1) && buf[pos] == '\n') {
                    pos++;
                }
                c = '\n';
            } else if (c >= 0 && c < 0x20) {
                checkControl(c);
            }
            if (keep) {
                keepByte(c);
            }
        }
    }

    /** Moves past the next {@code terminator}, searching from {@code skip} bytes after {@code pos}. */
    private void skipPast(byte[] terminator, int skip) throws IOException {
        pos += Math.min(skip, limit - pos);
        while (true) {
            if (!ensure(terminator.length)) {
                throw malformed("unterminated comment or processing instruction");
            }
            if (startsWith(terminator)) {
                pos += terminator.length;
                return;
            }
            pos++;
        }
    }

    private boolean isNamespaceDeclaration(int from, int to) {
        int length = to - from;
        return length >= 5 && buf[from] == 'x' && buf[from + 1] == 'm' && buf[from + 2] == 'l' && buf[from + 3] == 'n'
                && buf[from + 4] == 's' && (length == 5 || buf[from + 5] == ':');
    }

    private Bytes attributeValue(int from, int to) throws IOException {
        boolean nonAscii = false;
        boolean plain = true;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c < 0) {
                nonAscii = true;
            } else if (c < 0x20 || c == '&') {
                if (c != '&') {
                    checkControl(c);
                }
                plain = false;
            }
        }
        if (plain) {
            return attributeValue.set(buf, from, to, nonAscii);
        }
        // Normalised as XML prescribes: each line end, tab or line feed becomes a space; references resolved.
        ByteText out = attributeScratch;
        out.clear();
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c == '&') {
                int semicolon = i + 1;
                while (semicolon < to && buf[semicolon] != ';') {
                    semicolon++;
                }
                if (semicolon == to) {
                    throw malformed("unterminated reference in an attribute");
                }
                out.addCodePoint(referencedCodePoint(buf, i + 1, semicolon));
                i = semicolon;
            } else if (c == '\r') {
                out.add((byte) ' ');
                if (i + 1 < to && buf[i + 1] == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.add((byte) ' ');
            } else {
                out.add(c);
            }
        }
        out.nonAscii |= nonAscii;
        return attributeValue.set(out.bytes, 0, out.length, out.nonAscii);
    }

    private int finish() throws IOException {
        if (!rootSeen) {
            throw malformed("no root element");
        }
        if (depth > 0) {
            throw malformed("unexpected end of the document: " + depth + " elements still open");
        }
        return event = DONE;
    }

    // ---- input

    /** At least {@code n} bytes from {@code pos} on in the buffer; false if the input ends first. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more input, keeping the bytes from {@code pos} on (moved to the buffer's start). */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // only a tag grows it, and tags are bounded
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        limit += n;
        return true;
    }

    private boolean startsWith(byte[] prefix) {
        return limit - pos >= prefix.length && Arrays.equals(buf, pos, pos + prefix.length, prefix, 0, prefix.length);
    }

    /**
     * UTF-8 is read as it is (a byte-order mark skipped); a part declared in another encoding, or
     * UTF-16 with or without a byte-order mark, is decoded strictly and read as UTF-8.
     */
    private void chooseEncoding() throws IOException {
        ensure(4);
        int available = limit - pos;
        int b0 = available > 0 ? buf[0] & 0xFF : -1;
        int b1 = available > 1 ? buf[1] & 0xFF : -1;
        int b2 = available > 2 ? buf[2] & 0xFF : -1;
        int b3 = available > 3 ? buf[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            pos = 3;
        } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            transcode(StandardCharsets.UTF_16); // reads the byte-order mark
        } else if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
            transcode(StandardCharsets.UTF_16BE);
        } else if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
            transcode(StandardCharsets.UTF_16LE);
        } else {
            Charset declared = declaredEncoding();
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                transcode(declared);
            }
        }
    }

    /** The encoding named in the XML declaration, or null when there is none. */
    private Charset declaredEncoding() throws IOException {
        if (!ensure(5) || !startsWith("<?xml".getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        int end = -1;
        for (int i = pos + 5; end < 0; i++) { // pos is 0 here: filling moves nothing
            while (i + 1 >= limit) {
                if (i - pos > 1024 || !fill()) {
                    throw malformed("unterminated XML declaration");
                }
            }
            if (buf[i] == '?' && buf[i + 1] == '>') {
                end = i;
            }
        }
        String declaration = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        int quote = at + 8;
        while (quote < declaration.length() && declaration.charAt(quote) != '"' && declaration.charAt(quote) != '\'') {
            quote++;
        }
        int close = quote < declaration.length() ? declaration.indexOf(declaration.charAt(quote), quote + 1) : -1;
        if (close < 0) {
            throw malformed("bad encoding declaration");
        }
        try {
            return Charset.forName(declaration.substring(quote + 1, close).strip());
        } catch (IllegalArgumentException unknown) {
            throw malformed("unknown encoding " + declaration.substring(quote + 1, close));
        }
    }

    private void transcode(Charset charset) throws IOException {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOfRange(buf, pos, limit)), in);
        InputStreamReader decoded = new InputStreamReader(rest, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        in = ReaderInputStream.builder().setReader(decoded).setCharset(StandardCharsets.UTF_8).get();
        pos = 0;
        limit = 0;
        endOfInput = false;
        if (ensure(3) && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    // ---- characters

    /** Short names compare faster in a plain loop than through Arrays.equals. */
    private static boolean sameBytes(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhiteSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private void checkControl(byte c) throws IOException {
        if (c != '\t' && c != '\n' && c != '\r') {
            throw malformed("control character " + c + " (not allowed in XML)");
        }
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    IOException malformed(String what) {
        return new MalformedXml(part + ": " + what);
    }

    /** XML that is not well-formed: the file is damaged or was not written by a spreadsheet program. */
    static final class MalformedXml extends IOException {
        MalformedXml(String message) {
            super(message);
        }
    }

    /** A stretch of UTF-8 bytes in someone else's array, valid until the reader moves on. */
    static final class Bytes {
        byte[] array;
        int start;
        int end;
        boolean nonAscii;

        Bytes set(byte[] array, int start, int end, boolean nonAscii) {
            this.array = array;
            this.start = start;
            this.end = end;
            this.nonAscii = nonAscii;
            return this;
        }

        int length() {
            return end - start;
        }

        /** The text, its UTF-8 checked. */
        String string() throws IOException {
            if (nonAscii && !Utf8.isValid(array, start, end)) {
                throw new MalformedXml("bytes that are not UTF-8");
            }
            return new String(array, start, end - start, nonAscii ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
    }

    /** A growing byte array. */
    private static final class ByteText {
        byte[] bytes = new byte[128];
        int length;
        boolean nonAscii;

        void clear() {
            length = 0;
            nonAscii = false;
        }

        void add(byte b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, length * 2);
            }
            bytes[length++] = b;
        }

        void add(byte[] from, int start, int end, boolean anyNonAscii) {
            int n = end - start;
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            System.arraycopy(from, start, bytes, length, n);
            length += n;
            nonAscii |= anyNonAscii;
        }

        void addCodePoint(int c) {
            if (c < 0x80) {
                add((byte) c);
                return;
            }
            nonAscii = true;
            if (c < 0x800) {
                add((byte) (0xC0 | c >> 6));
            } else if (c < 0x10000) {
                add((byte) (0xE0 | c >> 12));
                add((byte) (0x80 | (c >> 6 & 0x3F)));
            } else {
                add((byte) (0xF0 | c >> 18));
                add((byte) (0x80 | (c >> 12 & 0x3F)));
                add((byte) (0x80 | (c >> 6 & 0x3F)));
            }
            add((byte) (0x80 | (c & 0x3F)));
        }

    }
}
