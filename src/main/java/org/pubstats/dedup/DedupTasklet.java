package org.pubstats.dedup;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dedup step: 相同信息计1条 (design.md §5) over the rows of active files, in one pass and, where an
 * earlier run left its keys, only for the items that this run's file changes touch
 * ({@link Deduplication}). The step's transaction makes items, members and the cache commit together.
 */
public class DedupTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DedupTasklet.class);
    private final Deduplication deduplication;
    private final UnmatchedDecisions unmatched;
    /** Read at every run, so the office's decisions apply without a restart. */
    private final Supplier<DedupOverrides> overrides;

    public DedupTasklet(JdbcTemplate jdbc, Supplier<DedupOverrides> overrides) {
        this.deduplication = new Deduplication(jdbc);
        this.unmatched = new UnmatchedDecisions(jdbc);
        this.overrides = overrides;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = contribution.getStepExecution().getJobExecution().getJobParameters().getLong("run.id");
        DedupOverrides decided = overrides.get();
        Deduplication.Result result = deduplication.run(runId, decided);
        for (String line : unmatched.of(decided)) {
            log.warn("{}", line); // the line names its file and line: the CSV file or the review workbook
        }
        log.info("去重完成：{} 行合并为 {} 条信息（{}，{} 条信息有变化{}）", result.rows(), result.items(),
                result.mode() == Deduplication.Mode.FULL ? "全量重算" : "增量：重新判定 " + result.rowsRedecided() + " 行",
                result.changedItems(), result.mergesCut() == 0 ? "" : "；“分开”决定拆开 " + result.mergesCut() + " 处规则合并");
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putInt("dedup.items", (int) result.items());
        context.putInt("dedup.rows", (int) result.rows());
        return RepeatStatus.FINISHED;
    }
}
