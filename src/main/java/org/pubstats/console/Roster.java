package org.pubstats.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pubstats.jobsdir.JobsFile;
import org.pubstats.jobsdir.JobsLine;

/**
 * {@code jobs/departments.csv}: the departments that must send their lists, how often, and whom to call. Columns
 * 部门, 报送频次 (每月 / 每季 / 每年), 联系人 (optional); a first line starting with 部门 is the header. Edited by the
 * office like the other {@code jobs/} files; a line that cannot be used is an error naming the file and the line.
 */
record Roster(List<Entry> entries) {

    static final String FILE = "departments.csv";

    record Entry(String department, Frequency frequency, String contact) {}

    Roster {
        entries = List.copyOf(entries);
    }

    static Roster read(Path jobsDir) {
        Path file = jobsDir.resolve(FILE);
        return Files.isRegularFile(file) ? of(JobsFile.read(file)) : new Roster(List.of());
    }

    static Roster of(JobsFile file) {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<JobsLine> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            JobsLine line = lines.get(i);
            List<String> fields = line.fields();
            if (i == 0 && fields.get(0).equals("部门")) {
                continue; // the header
            }
            if (fields.size() < 2 || fields.get(0).isEmpty()) {
                throw file.problem(line, "每行应为：部门,报送频次(每月/每季/每年),联系人(可不填)");
            }
            Frequency frequency = Frequency.of(fields.get(1))
                    .orElseThrow(() -> file.problem(line, "报送频次应为“每月”“每季”或“每年”，而不是“" + fields.get(1) + "”"));
            if (!seen.add(fields.get(0))) {
                throw file.problem(line, "部门“" + fields.get(0) + "”已在前面列出");
            }
            entries.add(new Entry(fields.get(0), frequency, fields.size() > 2 ? fields.get(2) : ""));
        }
        return new Roster(entries);
    }
}
