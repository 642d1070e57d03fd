package org.pubstats.figures;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes the county row for the run's year (and the year before, where loaded). */
public class FiguresTasklet implements Tasklet {

    private final CountyFiguresRepository figures;
    private final int year;
    private final long runId;

    public FiguresTasklet(CountyFiguresRepository figures, int year, long runId) {
        this.figures = figures;
        this.year = year;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        figures.compute(year, runId);
        return RepeatStatus.FINISHED;
    }
}
