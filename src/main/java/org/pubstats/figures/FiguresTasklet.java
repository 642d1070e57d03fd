package org.pubstats.figures;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Computes the county row and the breakdowns for the run's year only: another year's figures are that year's
 * run's, so a run never rewrites them (a year beside another, design.md §8).
 */
public class FiguresTasklet implements Tasklet {

    private final CountyFiguresRepository figures;
    private final BreakdownFigures breakdowns;
    private final RequestFigures requests;
    private final int year;
    private final long runId;

    public FiguresTasklet(CountyFiguresRepository figures, BreakdownFigures breakdowns, RequestFigures requests,
                          int year, long runId) {
        this.figures = figures;
        this.breakdowns = breakdowns;
        this.requests = requests;
        this.year = year;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        figures.compute(year, runId);
        breakdowns.compute(year);
        requests.compute(year);
        return RepeatStatus.FINISHED;
    }
}
