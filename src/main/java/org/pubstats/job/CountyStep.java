package org.pubstats.job;

import java.nio.file.Path;

import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.warehouse.CountySchema;
import org.pubstats.warehouse.CountySchemas;
import org.pubstats.warehouse.RunLog;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worker step of a region run: one county, computed exactly as a county run of its folder — the {@code run}
 * job itself, with the county's folder as its inbox and {@code <out>/<county>} as its output, in the county's own
 * warehouse (its schema, {@link CountySchema}). The county's run id is kept in the partition's context, so a
 * restarted partition restarts the same county run (Spring Batch's restart: the files it loaded stay loaded). The
 * county row goes to {@code region_figures} for the region summary. Runs where the partition is sent: a thread of
 * the manager, or a {@code pubstats worker} process.
 */
public class CountyStep extends AbstractStep {

    public static final String NAME = "county";
    static final String RUN_ID = "county.run.id";

    private final JobOperator jobOperator;
    private final Job runJob;
    private final CountySchemas schemas;
    private final RunLog runs;
    private final CountyFiguresRepository figures;
    private final JdbcTemplate jdbc;

    public CountyStep(JobRepository repository, JobOperator jobOperator, Job runJob, CountySchemas schemas, RunLog runs,
                      CountyFiguresRepository figures, JdbcTemplate jdbc) {
        super(repository);
        setName(NAME);
        this.jobOperator = jobOperator;
        this.runJob = runJob;
        this.schemas = schemas;
        this.runs = runs;
        this.figures = figures;
        this.jdbc = jdbc;
    }

    @Override
    protected void doExecute(StepExecution stepExecution) throws Exception {
        String county = stepExecution.getExecutionContext().getString(RegionPartitioner.COUNTY);
        JobParameters region = stepExecution.getJobExecution().getJobParameters();
        Path inbox = Path.of(region.getString("inbox")).resolve(county);
        Path out = Path.of(region.getString("out")).resolve(county);
        int year = region.getLong("year").intValue();
        Boolean allowWithdraw = region.getParameter("allow-withdraw") == null ? Boolean.FALSE
                : (Boolean) region.getParameter("allow-withdraw").value();
        String schema = CountySchema.in(null, () -> schemas.schemaOf(county));
        CountyFigures row = CountySchema.in(schema, () -> {
            long runId;
            if (stepExecution.getExecutionContext().containsKey(RUN_ID)) {
                runId = stepExecution.getExecutionContext().getLong(RUN_ID);
            } else {
                runs.failAbandoned();
                runId = runs.start(inbox.toString(), county, year);
                stepExecution.getExecutionContext().putLong(RUN_ID, runId);
                getJobRepository().updateExecutionContext(stepExecution);
            }
            JobParameters parameters = new JobParametersBuilder()
                    .addLong("run.id", runId)
                    .addString("inbox", inbox.toString())
                    .addString("county", county)
                    .addString("scope", county, false)
                    .addJobParameter("allow-withdraw", allowWithdraw, Boolean.class, false)
                    .addLong("year", (long) year)
                    .addString("out", out.toString(), false)
                    .toJobParameters();
            JobExecution last = getJobRepository().getLastJobExecution(RunJobConfiguration.JOB_NAME, parameters);
            if (last != null && last.isRunning()) {
                // The partition is run again only when it failed or its process died: so did this county run.
                jobOperator.recover(last);
            }
            JobExecution execution = last != null && last.getStatus() == BatchStatus.COMPLETED
                    ? last // its process died after the county run, before the partition was marked done
                    : jobOperator.start(runJob, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                runs.finish(runId, "FAILED");
                Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                throw new CountyFailedException(county, cause);
            }
            runs.finish(runId, "COMPLETED");
            return figures.find(year).orElseThrow();
        });
        jdbc.update("""
                INSERT INTO region_figures (county, year, 政府网站, 通过其他方式公开, 规范性文件, 试点领域, 重点领域, 在线调查,
                                            依申请公开, run_id, computed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (county, year) DO UPDATE SET 政府网站 = EXCLUDED.政府网站,
                    通过其他方式公开 = EXCLUDED.通过其他方式公开, 规范性文件 = EXCLUDED.规范性文件, 试点领域 = EXCLUDED.试点领域,
                    重点领域 = EXCLUDED.重点领域, 在线调查 = EXCLUDED.在线调查, 依申请公开 = EXCLUDED.依申请公开,
                    run_id = EXCLUDED.run_id, computed_at = now()""",
                county, year, row.website(), row.otherChannels(), row.normativeDocuments(), row.pilotAreas(),
                row.keyAreas(), row.onlineSurveys(), row.requests(), stepExecution.getExecutionContext().getLong(RUN_ID));
        stepExecution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(county));
    }

    /** A county's run failed: the message names the county, then why. */
    public static class CountyFailedException extends RuntimeException {
        CountyFailedException(String county, Throwable cause) {
            super(county + "：" + (cause == null ? "运行未完成" : root(cause))); // the office reads this message whole
        }

        private static String root(Throwable e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }
}
