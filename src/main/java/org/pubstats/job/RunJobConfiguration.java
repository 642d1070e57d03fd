package org.pubstats.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.pubstats.dedup.DecisionsWorkbook;
import org.pubstats.dedup.DedupOverrides;
import org.pubstats.dedup.DedupTasklet;
import org.pubstats.dedup.ReviewPairsTasklet;
import org.pubstats.figures.BreakdownFigures;
import org.pubstats.figures.ChannelSplit;
import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.figures.FiguresTasklet;
import org.pubstats.figures.RequestFigures;
import org.pubstats.intake.HeaderSynonyms;
import org.pubstats.intake.InboxRowReader;
import org.pubstats.intake.IntakeProgress;
import org.pubstats.intake.IntakeRecord;
import org.pubstats.intake.TableFormat;
import org.pubstats.intake.TableFormatRegistry;
import org.pubstats.intake.format.TableFormats;
import org.pubstats.normalise.Dictionary;
import org.pubstats.normalise.RequestWords;
import org.pubstats.normalise.RowInterpreter;
import org.pubstats.report.ExportedFiles;
import org.pubstats.report.YearEndReport;
import org.pubstats.report.YearExports;
import org.pubstats.warehouse.FilePartitioner;
import org.pubstats.warehouse.FileRegistry;
import org.pubstats.warehouse.IntakeWriter;
import org.pubstats.warehouse.RunLog;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code run} job: plan the intake → load the files (chunks of rows) → decide whether anything changed
 * since the last completed run of the year ({@link UnchangedInboxDecider}; if not, the job ends here and the
 * figures and files stay as they are) → deduplicate → list probable duplicates for review → compute the
 * figures → export the year's files (contract CSV, year-end workbook, draft report, feedback). Job parameters:
 * {@code run.id} (identifying: one job instance per run), {@code inbox}, {@code year}, {@code out}.
 */
@Configuration
@EnableConfigurationProperties(PubstatsSettings.class)
public class RunJobConfiguration {

    public static final String JOB_NAME = "run";

    /**
     * Bump when reading or interpretation changes, so every file is read again once. 2: control characters removed
     * from every value; 3: the dictionaries read by JobsFile (a quoted value may hold a comma); 4: title keys without
     * their wrappers, a trailing bracketed 文号 moved into an empty 文号 (design.md §3); 5: request rows carry their Table 三 applicant column, outcome row and completion (§2.4).
     */
    static final String READER_GENERATION = "5";

    private static final StepTimingListener TIMING = new StepTimingListener();

    @Bean
    HeaderSynonyms headerSynonyms(PubstatsSettings settings) {
        return HeaderSynonyms.load(settings.jobsDir().resolve("header-synonyms.csv"));
    }

    @Bean
    RowInterpreter rowInterpreter(PubstatsSettings settings) {
        return new RowInterpreter(Dictionary.load(settings.jobsDir().resolve("channels.csv")),
                Dictionary.load(settings.jobsDir().resolve("categories.csv")), RequestWords.load(settings.jobsDir()),
                settings.defaultChannel());
    }

    @Bean
    TableFormatRegistry tableFormats() {
        return TableFormats.standard();
    }

    @Bean
    IntakeProgress intakeProgress() {
        return new IntakeProgress();
    }

    @Bean
    FileRegistry fileRegistry(JdbcTemplate jdbc) {
        return new FileRegistry(jdbc);
    }

    @Bean
    RunLog runLog(JdbcTemplate jdbc) {
        return new RunLog(jdbc);
    }

    @Bean
    ChannelSplit channelSplit(PubstatsSettings settings) {
        return new ChannelSplit(settings.websiteChannel());
    }

    @Bean
    CountyFiguresRepository countyFiguresRepository(JdbcTemplate jdbc, ChannelSplit channels) {
        return new CountyFiguresRepository(jdbc, channels);
    }

    @Bean
    ExportedFiles exportedFiles(JdbcTemplate jdbc) {
        return new ExportedFiles(jdbc);
    }

    /** The contract files; review-YYYY.xlsx carries the decided rows of the saved review workbook. */
    @Bean
    YearExports yearExports(JdbcTemplate jdbc, ExportedFiles exportedFiles, ChannelSplit channels, PubstatsSettings settings,
                            TableFormatRegistry formats) {
        TableFormat xlsx = formats.forExtension("xlsx").orElseThrow();
        return new YearExports(jdbc, exportedFiles, channels,
                () -> DecisionsWorkbook.decidedRows(settings.decisionsFile(), xlsx));
    }

    /** What the reading of a file depends on besides its bytes: a change means every file is read again. */
    @Bean
    String readerFingerprint(PubstatsSettings settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(READER_GENERATION.getBytes());
            digest.update(settings.defaultChannel().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String name : List.of("header-synonyms.csv", "channels.csv", "categories.csv", "applicant-types.csv",
                    "request-outcomes.csv")) {
                digest.update(Files.readAllBytes(settings.jobsDir().resolve(name)));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job settings in " + settings.jobsDir(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    @StepScope
    PlanIntakeTasklet planIntakeTasklet(FileRegistry files, TableFormatRegistry formats, RunLog runs,
                                        String readerFingerprint, PubstatsSettings settings,
                                        @Value("#{jobParameters['inbox']}") String inbox,
                                        @Value("#{jobParameters['scope']}") String scope,
                                        @Value("#{jobParameters['allow-withdraw'] ?: false}") Boolean allowWithdraw,
                                        @Value("#{jobParameters['run.id']}") Long runId) {
        return new PlanIntakeTasklet(files, formats, runs, readerFingerprint, Path.of(inbox), scope, runId,
                settings.withdrawalLimit(), Boolean.TRUE.equals(allowWithdraw));
    }

    /** The load step's partitions: this run's planned files, shared out by size. */
    @Bean
    @StepScope
    FilePartitioner filePartitioner(FileRegistry files, IntakeProgress progress,
                                    @Value("#{jobParameters['run.id']}") Long runId) {
        return new FilePartitioner(files, runId, progress);
    }

    /** One per partition: reads the range of files its ExecutionContext names. */
    @Bean
    @StepScope
    InboxRowReader inboxRowReader(FileRegistry files, TableFormatRegistry formats, HeaderSynonyms synonyms,
                                  IntakeProgress progress,
                                  @Value("#{jobParameters['inbox']}") String inbox,
                                  @Value("#{jobParameters['run.id']}") Long runId,
                                  @Value("#{stepExecutionContext['" + FilePartitioner.FIRST_FILE_ID + "']}") Long firstFileId,
                                  @Value("#{stepExecutionContext['" + FilePartitioner.LAST_FILE_ID + "']}") Long lastFileId) {
        return new InboxRowReader(() -> files.loading(runId, Path.of(inbox), firstFileId, lastFileId),
                formats, synonyms, progress);
    }

    @Bean
    @StepScope
    IntakeWriter intakeWriter(JdbcTemplate jdbc, FileRegistry files, PlatformTransactionManager tx,
                              @Value("#{jobParameters['run.id']}") Long runId) {
        return new IntakeWriter(jdbc, files, runId, tx);
    }

    @Bean
    @StepScope
    FiguresTasklet figuresTasklet(CountyFiguresRepository figures, JdbcTemplate jdbc, ChannelSplit channels,
                                  @Value("#{jobParameters['year']}") Long year,
                                  @Value("#{jobParameters['run.id']}") Long runId) {
        return new FiguresTasklet(figures, new BreakdownFigures(jdbc, channels), new RequestFigures(jdbc), year.intValue(), runId);
    }

    @Bean
    @StepScope
    ExportTasklet exportTasklet(CountyFiguresRepository figures, YearExports exports, YearEndReport yearEnd,
                                @Value("#{jobParameters['year']}") Long year,
                                @Value("#{jobParameters['out']}") String out) {
        return new ExportTasklet(figures, exports, yearEnd, year.intValue(), Path.of(out));
    }

    @Bean
    Step planStep(JobRepository repository, PlatformTransactionManager tx, PlanIntakeTasklet planIntakeTasklet) {
        return new StepBuilder("plan", repository).tasklet(planIntakeTasklet, tx).listener(TIMING).build();
    }

    /**
     * The worker of the load step: one partition's files, in chunks of rows. It depends only on the
     * database, the job parameters and its partition's ExecutionContext. The interpreter is shared by the
     * partitions: it holds nothing but the immutable dictionaries.
     */
    @Bean
    Step loadFilesStep(JobRepository repository, PlatformTransactionManager tx, PubstatsSettings settings,
                       InboxRowReader inboxRowReader, RowInterpreter rowInterpreter, IntakeWriter intakeWriter,
                       IntakeProgress progress) {
        return new StepBuilder("loadFiles", repository)
                .<IntakeRecord, IntakeRecord>chunk(settings.chunkSize())
                .transactionManager(tx)
                .reader(inboxRowReader)
                .processor(rowInterpreter)
                .writer(intakeWriter)
                .listener(new ProgressListener(progress))
                .build();
    }

    /** Threads that read the load step's partitions; daemons, so a finished command never waits on them. */
    @Bean
    ThreadPoolTaskExecutor loadTaskExecutor(PubstatsSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.loadThreads());
        executor.setMaxPoolSize(settings.loadThreads());
        executor.setThreadNamePrefix("load-");
        executor.setDaemon(true);
        executor.setTaskDecorator(org.pubstats.warehouse.CountySchema.propagating()); // a region run's county

        return executor;
    }

    @Bean
    TaskExecutorPartitionHandler loadPartitionHandler(Step loadFilesStep, ThreadPoolTaskExecutor loadTaskExecutor,
                                                      PubstatsSettings settings) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(loadFilesStep);
        handler.setTaskExecutor(loadTaskExecutor);
        handler.setGridSize(settings.loadThreads());
        return handler;
    }

    /** Loads the planned files, {@code pubstats.load-threads} partitions at once. */
    @Bean
    Step loadStep(JobRepository repository, FilePartitioner filePartitioner,
                  TaskExecutorPartitionHandler loadPartitionHandler) {
        return new StepBuilder("load", repository)
                .partitioner("loadFiles", filePartitioner)
                .partitionHandler(loadPartitionHandler)
                .listener(TIMING)
                .build();
    }

    /**
     * The office's decisions, read at every step that needs them (so a saved decision applies without a restart):
     * the lines of the overrides file, then the decided rows of the saved review workbook, opened by the inbox's
     * xlsx reader with its limits.
     */
    @Bean
    Supplier<DedupOverrides> officeDecisions(PubstatsSettings settings, TableFormatRegistry formats) {
        TableFormat xlsx = formats.forExtension("xlsx").orElseThrow();
        return () -> DedupOverrides.load(settings.overridesFile())
                .and(DecisionsWorkbook.read(settings.decisionsFile(), xlsx));
    }

    @Bean
    Step dedupStep(JobRepository repository, PlatformTransactionManager tx, JdbcTemplate jdbc,
                   Supplier<DedupOverrides> officeDecisions) {
        return new StepBuilder("dedup", repository)
                .tasklet(new DedupTasklet(jdbc, officeDecisions), tx)
                .listener(TIMING).build();
    }

    @Bean
    Step reviewStep(JobRepository repository, PlatformTransactionManager tx, JdbcTemplate jdbc,
                    PubstatsSettings settings, Supplier<DedupOverrides> officeDecisions) {
        return new StepBuilder("review", repository).tasklet(new ReviewPairsTasklet(jdbc,
                officeDecisions, settings.reviewRules()), tx).listener(TIMING).build();
    }

    @Bean
    Step figuresStep(JobRepository repository, PlatformTransactionManager tx, FiguresTasklet figuresTasklet) {
        return new StepBuilder("figures", repository).tasklet(figuresTasklet, tx).listener(TIMING).build();
    }

    @Bean
    Step exportStep(JobRepository repository, PlatformTransactionManager tx, ExportTasklet exportTasklet) {
        return new StepBuilder("export", repository).tasklet(exportTasklet, tx).listener(TIMING).build();
    }

    @Bean
    RunFingerprint runFingerprint(JdbcTemplate jdbc, PubstatsSettings settings,
                                  @Value("${pubstats.county-name:本县}") String countyName) {
        return new RunFingerprint(jdbc, settings, countyName);
    }

    @Bean
    UnchangedInboxDecider unchangedInboxDecider(RunFingerprint runFingerprint, JdbcTemplate jdbc, ExportedFiles exportedFiles) {
        return new UnchangedInboxDecider(runFingerprint, new RunFingerprints(jdbc), exportedFiles);
    }

    @Bean
    Job runJob(JobRepository repository, Step planStep, Step loadStep, UnchangedInboxDecider unchangedInboxDecider,
               Step dedupStep, Step reviewStep, Step figuresStep, Step exportStep) {
        return new JobBuilder(JOB_NAME, repository)
                .start(planStep).next(loadStep).next(unchangedInboxDecider)
                .on(UnchangedInboxDecider.UNCHANGED).end()
                .from(unchangedInboxDecider).on("*").to(dedupStep)
                .next(reviewStep).next(figuresStep).next(exportStep)
                .end()
                .build();
    }
}
