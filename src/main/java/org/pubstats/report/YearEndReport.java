package org.pubstats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.report.ExportedFiles.ExportedFile;
import org.pubstats.report.ExportedFiles.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year-end outputs, read from the warehouse only: county-report-YYYY.xlsx, annual-report-YYYY.docx
 * and feedback/&lt;department&gt;-YYYY.xlsx for every department that has something to correct; from 2019 (the national
 * format) also table3-YYYY.csv and every department's own draft, departments/annual-report-&lt;department&gt;-YYYY.docx.
 * <p>
 * The feedback workbooks are written in parallel (see {@link ParallelWrites}) from one query that streams every
 * department's lines in turn. A department's workbook is written only when its content changed: the digest of
 * its lines (see {@link DepartmentFeedback#digest()}) differs from the one recorded when its file was last
 * written into the same folder, or the file is gone.
 */
@Component
public class YearEndReport {

    private static final Logger log = LoggerFactory.getLogger(YearEndReport.class);

    /** The folder of the departments' own drafts, in the output folder. */
    public static final String DEPARTMENT_DRAFTS = "departments";

    private final YearEndQueries queries;
    private final ExportedFiles exported;
    private final TransactionTemplate transaction;
    private final String countyName;
    private final Path jobsDir;

    public YearEndReport(JdbcTemplate jdbc, CountyFiguresRepository figures, ExportedFiles exported,
                         PlatformTransactionManager transactionManager,
                         @Value("${pubstats.county-name:本县}") String countyName,
                         @Value("${pubstats.jobs-dir:jobs}") Path jobsDir) {
        this.jobsDir = jobsDir;
        this.queries = new YearEndQueries(jdbc, figures);
        this.exported = exported;
        // The lists are streamed through cursors, which PostgreSQL keeps only inside a transaction (which also
        // records the files written); within a run's export step this joins the step's transaction.
        this.transaction = new TransactionTemplate(transactionManager);
        this.countyName = countyName;
    }

    /** Writes the year's files into {@code outDir} (each atomically) and returns them, county workbook first. */
    public List<Path> write(int year, Path outDir) {
        return transaction.execute(status -> writeAll(year, outDir.toAbsolutePath().normalize()));
    }

    private List<Path> writeAll(int year, Path outDir) {
        queries.sortInMemory();
        YearEndData data = queries.load(year, countyName, jobsDir);
        Path countyReport = outDir.resolve("county-report-" + year + ".xlsx");
        Path annualReport = outDir.resolve("annual-report-" + year + ".docx");
        List<ExportedFile> yearEnd = new ArrayList<>();
        Map<Path, String> lastDigests = exported.digests(outDir, year, Part.FEEDBACK);
        AllowedNames allowed = AllowedNames.of(jobsDir);
        List<ExportedFile> feedback = new ArrayList<>();
        try (ParallelWrites writes = ParallelWrites.onAllProcessors()) {
            writes.submit(() -> AnnualReportDocument.write(data, annualReport));
            if (data.edition().hasNationalTables()) {
                yearEnd.add(ExportedFile.written(TableThreeCsv.write(data, outDir)));
                Set<String> draftNames = new HashSet<>();
                for (DepartmentReportData department : queries.departmentDrafts(data)) {
                    Path draft = outDir.resolve(DEPARTMENT_DRAFTS).resolve("annual-report-"
                            + unique(SafeFileName.of(department.department()), draftNames) + "-" + year + ".docx");
                    yearEnd.add(ExportedFile.written(draft));
                    writes.submit(() -> AnnualReportDocument.write(department, draft));
                }
            }
            Set<String> usedNames = new HashSet<>();
            queries.feedback(year, department -> {
                if (!department.needed()) {
                    return;
                }
                String name = unique(SafeFileName.of(department.department()), usedNames);
                Path file = outDir.resolve("feedback").resolve(name + "-" + year + ".xlsx");
                String digest = department.digest() + "/" + allowed.fingerprint();
                boolean unchanged = digest.equals(lastDigests.get(file)) && Files.isRegularFile(file);
                feedback.add(new ExportedFile(file, digest, !unchanged));
                if (!unchanged) {
                    writes.submit(() -> FeedbackWorkbook.write(department, allowed, file));
                }
            });
            // On this thread, while the pool finishes the feedback: the review list streams from this transaction.
            CountyWorkbook.write(data, pair -> queries.reviewPairs(year, pair), countyReport);
            writes.awaitAll();
        }
        yearEnd.add(0, ExportedFile.written(annualReport));
        yearEnd.add(0, ExportedFile.written(countyReport));
        exported.record(outDir, year, Part.YEAR_END, yearEnd);
        List<Table3Checks.Breach> breaches = data.tableThreeBreaches();
        breaches.forEach(b -> log.warn("表三勾稽关系不符：{}", b.sentence()));
        exported.record(outDir, year, Part.FEEDBACK, feedback);
        long rewritten = feedback.stream().filter(ExportedFile::written).count();
        log.info("各部门反馈：{} 个部门，{} 个文件已写出，{} 个内容未变、保持原样", feedback.size(), rewritten,
                feedback.size() - rewritten);
        List<Path> files = new ArrayList<>();
        yearEnd.forEach(f -> files.add(f.path()));
        feedback.forEach(f -> files.add(f.path()));
        return files;
    }

    /** Two departments whose names sanitise alike ("a/b", "a:b") must not overwrite each other's file. */
    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
