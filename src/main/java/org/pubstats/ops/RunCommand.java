package org.pubstats.ops;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.pubstats.figures.CountyFigures;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.job.RegionExportTasklet;
import org.pubstats.job.RegionJobConfiguration;
import org.pubstats.job.RegionPartitioner;
import org.pubstats.job.RemotePartitionsConfiguration;
import org.pubstats.job.RunJobConfiguration;
import org.pubstats.report.RegionReport;
import org.springframework.batch.core.job.JobInstance;
import org.pubstats.job.UnchangedInboxDecider;
import org.pubstats.job.WithdrawalRefusedException;
import org.pubstats.report.ConsoleTable;
import org.pubstats.job.PubstatsSettings;
import org.pubstats.report.RunSummary;
import org.pubstats.report.TableThreeSummary;
import org.pubstats.report.YearWarnings;
import org.pubstats.warehouse.RunLog;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code pubstats run}: one run of the job at a time per warehouse (a PostgreSQL advisory lock),
 * executions a crash left behind marked failed, then the job, then the table and the summary.
 */
@Component
public class RunCommand {

    /** Arbitrary but fixed: the advisory lock that serialises runs on one warehouse. */
    static final long RUN_LOCK = 7_263_001L;

    private final DataSource dataSource;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job runJob;
    private final Job regionJob;
    private final RunLog runs;
    private final CountyFiguresRepository figures;
    private final JdbcTemplate jdbc;
    private final DryRun dryRun;
    private final PubstatsSettings settings;

    public RunCommand(DataSource dataSource, JobOperator jobOperator, JobRepository jobRepository, Job runJob,
                      Job regionJob, RunLog runs, CountyFiguresRepository figures, JdbcTemplate jdbc, DryRun dryRun,
                      PubstatsSettings settings) {
        this.regionJob = regionJob;
        this.dryRun = dryRun;
        this.settings = settings;
        this.dataSource = dataSource;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runJob = runJob;
        this.runs = runs;
        this.figures = figures;
        this.jdbc = jdbc;
    }

    public int run(RunOptions options) throws Exception {
        return run(options, System.out, System.err);
    }

    /**
     * As {@link #run(RunOptions)}, its lines written to {@code out} and {@code err}: the console ({@code serve})
     * keeps each run's lines to show them as its result.
     */
    public int run(RunOptions options, PrintStream out, PrintStream err) throws Exception {
        if (options.dryRun()) {
            return dryRun.print(options);
        }
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                err.println("pubstats: 另一个 pubstats 正在使用这个数据库，请等它结束后再运行。");
                return 1;
            }
            try {
                return locked(options, out, err);
            } finally {
                unlock(lock); // the connection goes back to the pool, its session (and a lock in it) lives on
            }
        }
    }

    private int locked(RunOptions options, PrintStream out, PrintStream err) throws Exception {
        recoverCrashedExecutions(out);
        runs.failAbandoned();
        if (options.region()) {
            return region(options, out, err);
        }
        long runId = runs.start(options.inbox().toString(), options.scope(), options.year());
        JobParameters parameters = new JobParametersBuilder()
                .addLong("run.id", runId)
                .addString("inbox", options.inbox().toString())
                .addString("scope", options.scope(), false)
                .addJobParameter("allow-withdraw", options.allowWithdraw(), Boolean.class, false)
                .addLong("year", (long) options.year())
                .addString("out", options.out().toString(), false)
                .toJobParameters();
        out.println("收件箱：" + options.inbox() + "（" + options.scope() + "），统计年度：" + options.year());
        JobExecution execution = jobOperator.start(runJob, parameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            runs.finish(runId, "FAILED");
            Optional<WithdrawalRefusedException> refused = refusal(execution);
            if (refused.isPresent()) {
                DryRun.printRefusal(refused.get(), err);
                return 1;
            }
            err.println("pubstats: 运行失败：" + failure(execution));
            return 1;
        }
        runs.finish(runId, "COMPLETED");
        CountyFigures row = figures.find(options.year()).orElseThrow();
        out.println();
        if (Boolean.TRUE.equals(execution.getExecutionContext().get(UnchangedInboxDecider.CONTEXT_KEY))) {
            out.println("收件箱与上次运行相同，数字和文件保持不变。");
            out.println();
        }
        out.print(ConsoleTable.render(row));
        out.println();
        List<String> warnings = new YearWarnings(jdbc, figures).of(options.year(), options.scope());
        if (!warnings.isEmpty()) {
            warnings.forEach(out::println);
            out.println();
        }
        out.print(new RunSummary(jdbc).render());
        out.print(TableThreeSummary.render(jdbc, options.year()));
        out.print(RunSummary.forms(jdbc, options.year(), settings.jobsDir()));
        out.println("输出：" + options.out().resolve("county-summary-" + options.year() + ".csv") + " 等（"
                + options.out() + "）");
        return 0;
    }

    /**
     * A region run: the last region execution of this inbox and year restarted when it failed (Spring Batch's restart:
     * only its counties not completed run again), else a new one; then the region table.
     */
    private int region(RunOptions options, PrintStream out, PrintStream err) throws Exception {
        List<String> counties = RegionPartitioner.counties(options.inbox());
        if (counties.isEmpty()) {
            err.println("pubstats: 地区收件箱中没有县（市、区）文件夹：" + options.inbox());
            return 1;
        }
        out.println("地区收件箱：" + options.inbox() + "（" + counties.size() + " 个县（市、区）"
                + (options.remote() ? "，交给 pubstats worker 计算" : "") + "），统计年度：" + options.year());
        Optional<JobExecution> failed = lastFailedRegion(options);
        JobExecution execution;
        long regionId;
        if (failed.isPresent()) {
            JobExecution previous = failed.get();
            regionId = previous.getJobParameters().getLong("region.id");
            int stale = RemotePartitionsConfiguration.failStarted(jdbc, previous.getId());
            out.println("接着完成上次未完成的地区运行（编号 " + previous.getId() + "）：已完成的县不再重算"
                    + (stale > 0 ? "，" + stale + " 个未完成的县重算" : "") + "。");
            // The same identifying parameters: Spring Batch restarts the failed instance (no job registry needed).
            execution = jobOperator.start(regionJob, previous.getJobParameters());
        } else {
            regionId = runs.start(options.inbox().toString(), "region:" + options.scope(), options.year());
            JobParameters parameters = new JobParametersBuilder()
                    .addLong("region.id", regionId)
                    .addString("inbox", options.inbox().toString())
                    .addLong("year", (long) options.year())
                    .addJobParameter("allow-withdraw", options.allowWithdraw(), Boolean.class, false)
                    .addString("out", options.out().toString(), false)
                    .toJobParameters();
            execution = jobOperator.start(regionJob, parameters);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            runs.finish(regionId, "FAILED");
            err.println("pubstats: 地区运行失败：" + failure(execution));
            err.println("再次运行同一命令将只重算未完成的县（市、区）。");
            return 1;
        }
        runs.finish(regionId, "COMPLETED");
        out.println();
        out.print(RegionReport.console(options.year(), RegionExportTasklet.rows(jdbc, counties, options.year())));
        out.println();
        out.println("输出：" + options.out().resolve("region-summary-" + options.year() + ".csv") + "、"
                + options.out().resolve("region-report-" + options.year() + ".xlsx") + "，各县的文件在 "
                + options.out() + "/<县>/");
        return 0;
    }

    private Optional<JobExecution> lastFailedRegion(RunOptions options) {
        JobInstance last = null;
        for (JobInstance instance : jobRepository.findJobInstances(RegionJobConfiguration.JOB_NAME)) {
            JobExecution execution = jobRepository.getLastJobExecution(instance);
            if (execution == null) {
                continue;
            }
            JobParameters p = execution.getJobParameters();
            if (options.inbox().toString().equals(p.getString("inbox"))
                    && Long.valueOf(options.year()).equals(p.getLong("year"))
                    && (last == null || instance.getInstanceId() > last.getInstanceId())) {
                last = instance;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        BatchStatus status = execution.getStatus();
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED ? Optional.of(execution) : Optional.empty();
    }

    private static void unlock(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + RUN_LOCK + ")");
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + RUN_LOCK + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** We hold the run lock, so an execution still marked running was left by a crash. */
    private void recoverCrashedExecutions(PrintStream out) {
        Set<JobExecution> running = new java.util.LinkedHashSet<>(
                jobRepository.findRunningJobExecutions(RegionJobConfiguration.JOB_NAME));
        running.addAll(jobRepository.findRunningJobExecutions(RunJobConfiguration.JOB_NAME));
        for (JobExecution execution : running) {
            jobOperator.recover(execution);
            out.println("上次运行（编号 " + execution.getId() + "）未正常结束，已标记为失败；本次将接着完成。");
        }
    }

    private static Optional<WithdrawalRefusedException> refusal(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof WithdrawalRefusedException refused) {
                    return Optional.of(refused);
                }
            }
        }
        return Optional.empty();
    }

    private static String failure(JobExecution execution) {
        Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (cause == null) {
            return execution.getExitStatus().getExitDescription();
        }
        return Launcher.rootMessage(cause); // the office reads it: the message, not the exception's class
    }
}
