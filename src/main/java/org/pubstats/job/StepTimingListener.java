package org.pubstats.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs how long each step took, so operations can see where a slow night went. */
class StepTimingListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepTimingListener.class);

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        LocalDateTime start = stepExecution.getStartTime();
        if (start != null) {
            Duration took = Duration.between(start, LocalDateTime.now());
            log.info("步骤 {} 用时 {} 秒", stepExecution.getStepName(), String.format("%.1f", took.toMillis() / 1000.0));
        }
        return stepExecution.getExitStatus();
    }
}
