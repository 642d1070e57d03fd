package org.pubstats.job;

import java.nio.file.Path;
import java.util.List;

import org.pubstats.intake.InboxFile;
import org.pubstats.intake.InboxScanner;
import org.pubstats.intake.TableFormatRegistry;
import org.pubstats.warehouse.FileRegistry;
import org.pubstats.warehouse.RunLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Compares the inbox with its active files in the warehouse (its scope, see {@link IntakePlan}): new and changed files (or all files, when the dictionaries
 * or header synonyms changed) are registered for loading, unchanged ones are kept, files no longer
 * in the inbox are withdrawn, and files that are not spreadsheets are listed as skipped. How many new
 * versions it registered and how many files it withdrew go into the job's execution context
 * ({@link #NEW_VERSIONS}, {@link #WITHDRAWN}), for the decision whether anything needs recomputing.
 */
public class PlanIntakeTasklet implements Tasklet {

    /** Job execution context: file versions registered by the plan (to load, or listed as skipped). */
    public static final String NEW_VERSIONS = "plan.newVersions";
    /** Job execution context: files withdrawn by the plan. */
    public static final String WITHDRAWN = "plan.withdrawn";

    private static final Logger log = LoggerFactory.getLogger(PlanIntakeTasklet.class);

    private final FileRegistry files;
    private final TableFormatRegistry formats;
    private final RunLog runs;
    private final String fingerprint;
    private final Path inbox;
    private final String scope;
    private final long runId;
    private final WithdrawalLimit limit;
    private final boolean allowWithdraw;

    public PlanIntakeTasklet(FileRegistry files, TableFormatRegistry formats, RunLog runs, String fingerprint,
                             Path inbox, String scope, long runId, WithdrawalLimit limit, boolean allowWithdraw) {
        this.files = files;
        this.formats = formats;
        this.runs = runs;
        this.fingerprint = fingerprint;
        this.inbox = inbox;
        this.scope = scope;
        this.runId = runId;
        this.limit = limit;
        this.allowWithdraw = allowWithdraw;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<InboxFile> inboxFiles = InboxScanner.scan(inbox);
        IntakePlan plan = IntakePlan.of(inboxFiles, files.activeVersions(scope), fingerprint, formats);
        if (!allowWithdraw && limit.exceededBy(plan)) {
            // before any change: a wrong or half-copied inbox must not empty the figures
            throw new WithdrawalRefusedException(List.copyOf(plan.toWithdraw()), plan.activeBefore());
        }
        int discarded = files.discardIncomplete();
        if (discarded > 0) {
            log.info("上次运行中断，{} 个未读完的文件将重新读取", discarded);
        }
        int load = 0;
        for (IntakePlan.Change change : plan.changes()) {
            if (change.read()) {
                files.registerLoading(runId, scope, change.file(), fingerprint);
                load++;
            } else {
                files.registerSkipped(runId, scope, change.file(), fingerprint, change.skip());
            }
        }
        int withdrawn = files.withdraw(runId, scope, plan.toWithdraw());
        runs.planned(runId, inboxFiles.size(), load, plan.unchanged(), withdrawn);
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        job.putInt(NEW_VERSIONS, plan.changes().size());
        job.putInt(WITHDRAWN, withdrawn);
        log.info("收件箱共 {} 个文件：{} 个需要读取，{} 个未变化，{} 个已撤回", inboxFiles.size(), load, plan.unchanged(),
                withdrawn);
        long notRead = inboxFiles.stream().filter(f -> !f.readable()).count();
        if (notRead > 0) {
            log.info("{} 个文件或文件夹未读取（链接、隐藏文件、锁定文件、无法打开等），原因见 files-年份.csv", notRead);
        }
        return RepeatStatus.FINISHED;
    }
}
