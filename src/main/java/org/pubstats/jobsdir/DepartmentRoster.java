package org.pubstats.jobsdir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The departments of {@code jobs/departments.csv} (its first column, in the file's order), for every stage that
 * needs only the names: the department forms ({@code ./pubstats forms}) and the list of departments that have not
 * returned theirs. The console reads the whole roster (frequency, contact) and checks each line.
 */
public final class DepartmentRoster {

    public static final String FILE = "departments.csv";

    private DepartmentRoster() {
    }

    /** The roster's departments, or empty when {@code jobs/departments.csv} does not exist. */
    public static Optional<List<String>> names(Path jobsDir) {
        Path file = jobsDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(names(JobsFile.read(file)));
    }

    static List<String> names(JobsFile file) {
        Set<String> names = new LinkedHashSet<>();
        List<JobsLine> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<String> fields = lines.get(i).fields();
            String name = fields.isEmpty() ? "" : fields.get(0).strip();
            if (i == 0 && name.equals("部门")) {
                continue; // the header
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }
}
