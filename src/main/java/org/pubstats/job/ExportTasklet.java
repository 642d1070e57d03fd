package org.pubstats.job;

import java.nio.file.Path;

import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.report.YearEndReport;
import org.pubstats.report.YearExports;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the year's files from the warehouse into the output folder: the contract CSV files, then
 * the year-end workbook, the draft annual report and the feedback to departments.
 */
public class ExportTasklet implements Tasklet {

    private final CountyFiguresRepository figures;
    private final YearExports exports;
    private final YearEndReport yearEnd;
    private final int year;
    private final Path out;

    public ExportTasklet(CountyFiguresRepository figures, YearExports exports, YearEndReport yearEnd, int year, Path out) {
        this.figures = figures;
        this.exports = exports;
        this.yearEnd = yearEnd;
        this.year = year;
        this.out = out;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        exports.write(figures.find(year).orElseThrow(() -> new IllegalStateException("no figures for " + year)), out);
        yearEnd.write(year, out);
        return RepeatStatus.FINISHED;
    }
}
