package org.pubstats.job;

import java.nio.file.Path;
import java.util.Optional;

import org.pubstats.report.ExportedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * After the load: {@link #UNCHANGED} when nothing can have changed since the last completed run of the year —
 * the plan registered and withdrew no file, the run's fingerprint ({@link RunFingerprint}) equals that run's, and
 * that run wrote into the same output folder, where all of its files still are. The job then ends: the figures
 * and the files stay as they are. Anything else is {@link #CHANGED}. The fingerprint is recorded with the run
 * either way; it counts once the run has completed.
 */
public class UnchangedInboxDecider implements JobExecutionDecider {

    public static final String UNCHANGED = "UNCHANGED";
    public static final String CHANGED = "CHANGED";
    /** Job execution context: true when the run recomputed nothing. */
    public static final String CONTEXT_KEY = "pubstats.unchanged";

    private static final Logger log = LoggerFactory.getLogger(UnchangedInboxDecider.class);

    private final RunFingerprint fingerprint;
    private final RunFingerprints runs;
    private final ExportedFiles exported;

    public UnchangedInboxDecider(RunFingerprint fingerprint, RunFingerprints runs, ExportedFiles exported) {
        this.fingerprint = fingerprint;
        this.runs = runs;
        this.exported = exported;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        JobParameters parameters = jobExecution.getJobParameters();
        long runId = parameters.getLong("run.id");
        int year = parameters.getLong("year").intValue();
        Path out = Path.of(parameters.getString("out")).toAbsolutePath().normalize();
        ExecutionContext context = jobExecution.getExecutionContext();
        boolean planChangedNothing = context.getInt(PlanIntakeTasklet.NEW_VERSIONS, -1) == 0
                && context.getInt(PlanIntakeTasklet.WITHDRAWN, -1) == 0;
        String current = fingerprint.compute();
        Optional<RunFingerprints.LastRun> last = runs.lastCompleted(year, runId);
        boolean unchanged = planChangedNothing && last.isPresent()
                && current.equals(last.get().fingerprint()) && out.toString().equals(last.get().outDir())
                && exported.allPresent(out, year);
        runs.record(runId, current, out.toString(), unchanged);
        context.put(CONTEXT_KEY, unchanged);
        if (unchanged) {
            log.info("与上次运行（编号 {}）相比没有变化：跳过去重、疑似重复、统计和导出", last.get().runId());
        }
        return new FlowExecutionStatus(unchanged ? UNCHANGED : CHANGED);
    }
}
