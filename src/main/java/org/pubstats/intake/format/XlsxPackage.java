package org.pubstats.intake.format;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pubstats.intake.UnreadableFileException;

/**
 * The open packaging layer of an xlsx, as much as reading rows needs: what type each part is
 * ({@code [Content_Types].xml}) and where relationships point ({@code _rels/*.rels}), read with
 * {@link XlsxXml} from an archive already checked ({@link XlsxArchive}).
 */
final class XlsxPackage {

    static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private static final byte[] DEFAULT = bytes("Default");
    private static final byte[] OVERRIDE = bytes("Override");
    private static final byte[] EXTENSION = bytes("Extension");
    private static final byte[] PART_NAME = bytes("PartName");
    private static final byte[] CONTENT_TYPE = bytes("ContentType");
    private static final byte[] RELATIONSHIP = bytes("Relationship");
    private static final byte[] ID = bytes("Id");
    private static final byte[] TYPE = bytes("Type");
    private static final byte[] TARGET = bytes("Target");
    private static final byte[] TARGET_MODE = bytes("TargetMode");

    /** A relationship of a part, its target resolved to a part name ({@code xl/worksheets/sheet1.xml}). */
    record Relationship(String id, String type, String target) {

        boolean hasType(String lastSegment) {
            return type.endsWith("/" + lastSegment);
        }
    }

    private final XlsxArchive archive;
    private final Map<String, String> typeByExtension;
    private final Map<String, String> typeByPart;

    private XlsxPackage(XlsxArchive archive, Map<String, String> typeByExtension, Map<String, String> typeByPart) {
        this.archive = archive;
        this.typeByExtension = typeByExtension;
        this.typeByPart = typeByPart;
    }

    static XlsxPackage read(XlsxArchive archive) throws Exception {
        if (!archive.contains("[Content_Types].xml")) {
            throw FileProblem.UNREADABLE_FILE.exception("文件已损坏或不是有效的表格文件（缺少[Content_Types].xml），"
                    + "无法读取，请用Excel打开检查后重新另存", null);
        }
        Map<String, String> byExtension = new HashMap<>();
        Map<String, String> byPart = new HashMap<>();
        try (XlsxXml xml = xml(archive, "[Content_Types].xml")) {
            for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
                if (event != XlsxXml.START) {
                    continue;
                }
                if (xml.is(DEFAULT)) {
                    put(byExtension, xml.attributeString(EXTENSION), xml.attributeString(CONTENT_TYPE));
                } else if (xml.is(OVERRIDE)) {
                    String partName = xml.attributeString(PART_NAME);
                    put(byPart, partName == null ? null : normalised(partName), xml.attributeString(CONTENT_TYPE));
                }
            }
        }
        return new XlsxPackage(archive, byExtension, byPart);
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (key != null && value != null) {
            map.putIfAbsent(key.toLowerCase(Locale.ROOT), value.strip());
        }
    }

    /** The content type of a part, by its override or else by its extension; "" when neither says. */
    String contentType(String partName) {
        String key = partName.toLowerCase(Locale.ROOT);
        String type = typeByPart.get(key);
        if (type != null) {
            return type;
        }
        int dot = key.lastIndexOf('.');
        return dot < key.lastIndexOf('/') || dot < 0 ? "" : typeByExtension.getOrDefault(key.substring(dot + 1), "");
    }

    /** Parts of this content type that the archive holds, by name. */
    List<String> partsOfType(String contentType) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> override : typeByPart.entrySet()) {
            if (override.getValue().equals(contentType) && archive.contains(override.getKey())) {
                parts.add(override.getKey());
            }
        }
        parts.sort(null);
        return parts;
    }

    boolean contains(String partName) {
        return archive.contains(partName);
    }

    /** A part's XML, read through the archive's limits. */
    XlsxXml xml(String partName) throws IOException {
        return xml(archive, partName);
    }

    private static XlsxXml xml(XlsxArchive archive, String partName) throws IOException {
        InputStream in = archive.open(partName);
        try {
            return new XlsxXml(in, partName, archive.declaredSize(partName));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The package's relationships (source "") or a part's, in document order; none when it has no rels part. */
    List<Relationship> relationships(String sourcePart) throws Exception {
        int slash = sourcePart.lastIndexOf('/');
        String folder = slash < 0 ? "" : sourcePart.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + sourcePart.substring(slash + 1) + ".rels";
        if (!archive.contains(relsPart)) {
            return List.of();
        }
        List<Relationship> relationships = new ArrayList<>();
        try (XlsxXml xml = xml(archive, relsPart)) {
            for (int event = xml.next(); event != XlsxXml.DONE; event = xml.next()) {
                if (event != XlsxXml.START || !xml.is(RELATIONSHIP)) {
                    continue;
                }
                String target = xml.attributeString(TARGET);
                String type = xml.attributeString(TYPE);
                if (target == null || type == null || "External".equalsIgnoreCase(xml.attributeString(TARGET_MODE))) {
                    continue; // a web link or a file elsewhere: not a part
                }
                String resolved = resolve(folder, target);
                if (resolved != null) {
                    relationships.add(new Relationship(xml.attributeString(ID), type.strip(), resolved));
                }
            }
        }
        return relationships;
    }

    /** A target relative to the source's folder, or absolute from the package root; null if it leaves the package. */
    static String resolve(String folder, String target) {
        String path = target.strip();
        int end = indexOfAny(path, "?#");
        if (end >= 0) {
            path = path.substring(0, end);
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        String full = path.startsWith("/") ? path.substring(1) : folder + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : full.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    return null;
                }
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String normalised(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    static UnreadableFileException notAWorkbook() {
        return FileProblem.UNREADABLE_FILE.exception("文件不是Excel表格（可能是改了扩展名的Word或其他文件）", null);
    }
}
