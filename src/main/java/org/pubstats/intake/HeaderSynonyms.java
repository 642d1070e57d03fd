package org.pubstats.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Header names and the field each stands for, read from {@code jobs/header-synonyms.csv}
 * ({@code field,synonym} lines, earlier lines preferred when a sheet has two candidates for a field).
 * Matching ignores case, white space, full-width forms and decorations such as {@code *} or a colon.
 */
public final class HeaderSynonyms {

    private final Map<String, Match> bySynonym;

    private HeaderSynonyms(Map<String, Match> bySynonym) {
        this.bySynonym = bySynonym;
    }

    record Match(Field field, int priority) {}

    public static HeaderSynonyms load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read header synonyms " + file, e);
        }
    }

    static HeaderSynonyms parse(List<String> lines) {
        Map<String, Match> map = new LinkedHashMap<>();
        int priority = 0;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("field,")) {
                continue;
            }
            int comma = trimmed.indexOf(',');
            if (comma < 0) {
                continue;
            }
            Field field = Field.valueOf(trimmed.substring(0, comma).strip().toUpperCase(Locale.ROOT));
            map.putIfAbsent(key(trimmed.substring(comma + 1)), new Match(field, priority++));
        }
        return new HeaderSynonyms(map);
    }

    static String key(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return text.replaceAll("[\\s*:：()（）\\[\\]【】]", "");
    }

    Optional<Match> match(String header) {
        return Optional.ofNullable(bySynonym.get(key(header)));
    }

    /**
     * Reads a row as a header: returns the column map when it names the required fields of an
     * item list (title and publish date) or of a request log (a request field and a date).
     */
    public Optional<ColumnMap> asHeader(RawRow row) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        Map<Field, Integer> priorities = new EnumMap<>(Field.class);
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            int column = i;
            match(cells.get(i)).ifPresent(m -> {
                Integer seen = priorities.get(m.field());
                if (seen == null || m.priority() < seen) {
                    priorities.put(m.field(), m.priority());
                    columns.put(m.field(), column);
                }
            });
        }
        boolean requests = columns.keySet().stream().filter(Field::isRequestField).count() >= 2
                && (columns.containsKey(Field.REQUEST_NO) || columns.containsKey(Field.RECEIVED_DATE));
        if (requests) {
            return Optional.of(new ColumnMap(ColumnMap.Kind.REQUESTS, row.rowNumber(), columns));
        }
        if (columns.containsKey(Field.TITLE) && columns.containsKey(Field.PUBLISH_DATE)) {
            return Optional.of(new ColumnMap(ColumnMap.Kind.ITEMS, row.rowNumber(), columns));
        }
        return Optional.empty();
    }
}
