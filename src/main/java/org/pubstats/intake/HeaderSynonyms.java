package org.pubstats.intake;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pubstats.jobsdir.JobsFile;
import org.pubstats.jobsdir.JobsLine;

/**
 * Header names and the field each stands for, read from {@code jobs/header-synonyms.csv}
 * ({@code field,synonym} lines, earlier lines preferred when a sheet has two candidates for a field; a
 * {@code field,…} header line is skipped). A line that is not a known field and one synonym is an error
 * naming the line: a misspelt line silently ignored would leave a department's sheets unread.
 * Matching ignores case, white space, full-width forms and decorations such as {@code *} or a colon.
 */
public final class HeaderSynonyms {

    private final Map<String, Match> bySynonym;

    private HeaderSynonyms(Map<String, Match> bySynonym) {
        this.bySynonym = bySynonym;
    }

    record Match(Field field, int priority) {}

    public static HeaderSynonyms load(Path file) {
        return parse(JobsFile.read(file));
    }

    static HeaderSynonyms parse(JobsFile file) {
        Map<String, Match> map = new LinkedHashMap<>();
        int priority = 0;
        for (JobsLine line : file.lines()) {
            List<String> fields = line.fields();
            if (fields.get(0).equalsIgnoreCase("field")) {
                continue;
            }
            if (fields.size() != 2) {
                throw file.problem(line, "每行应为两列：字段名,表头名称（如 title,信息标题），此行有 " + fields.size()
                        + " 列；表头名称中有逗号时请用英文双引号括起来");
            }
            Field field = field(file, line, fields.get(0));
            map.putIfAbsent(key(fields.get(1)), new Match(field, priority++));
        }
        return new HeaderSynonyms(map);
    }

    private static Field field(JobsFile file, JobsLine line, String name) {
        try {
            return Field.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw file.problem(line, "未知的字段名“" + name + "”，可用的字段名："
                    + Arrays.stream(Field.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining("、")));
        }
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
