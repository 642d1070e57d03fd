package org.pubstats.job;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.pubstats.figures.CountyFiguresRepository;
import org.pubstats.warehouse.CountySchema;
import org.pubstats.warehouse.CountySchemaDataSource;
import org.pubstats.warehouse.CountySchemas;
import org.pubstats.warehouse.RunLog;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code region} job (issue 13): a region inbox, {@code <inbox>/<county>/<department>/<file>}, one partition
 * per county ({@link RegionPartitioner}); each partition is the county's own {@code run} job ({@link CountyStep}) in
 * its own warehouse schema; then the region's files ({@link RegionExportTasklet}). The partitions run in a thread
 * pool ({@code pubstats.region-threads}), or, with {@code pubstats.partitions=remote}, in {@code pubstats worker}
 * processes reached over RabbitMQ ({@link RemotePartitionsConfiguration}): the step is the same, only the
 * partition handler differs. Job parameters: {@code region.id} (identifying), {@code inbox}, {@code year},
 * {@code out}, {@code allow-withdraw}.
 */
@Configuration
public class RegionJobConfiguration {

    public static final String JOB_NAME = "region";

    /** Every connection of the warehouse follows the thread's county ({@link CountySchemaDataSource}). */
    @Bean
    static BeanPostProcessor countySchemaDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof DataSource dataSource && !(bean instanceof CountySchemaDataSource)
                        && "dataSource".equals(beanName)) {
                    return new CountySchemaDataSource(dataSource);
                }
                return bean;
            }
        };
    }

    @Bean
    CountySchemas countySchemas(JdbcTemplate jdbc, DataSource dataSource) {
        return new CountySchemas(jdbc, dataSource);
    }

    @Bean
    @StepScope
    RegionPartitioner regionPartitioner(@Value("#{jobParameters['inbox']}") String inbox) {
        return new RegionPartitioner(Path.of(inbox));
    }

    /** The worker step, named as the partitions ask for it ({@code county}), here and in a worker process. */
    @Bean(name = CountyStep.NAME)
    Step countyStep(JobRepository repository, JobOperator jobOperator, Job runJob, CountySchemas schemas, RunLog runs,
                    CountyFiguresRepository figures, JdbcTemplate jdbc) {
        return new CountyStep(repository, jobOperator, runJob, schemas, runs, figures, jdbc);
    }

    /** Counties computed at once in this process when the partitions are local. */
    @Bean
    ThreadPoolTaskExecutor regionTaskExecutor(@Value("${pubstats.region-threads:2}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("county-");
        executor.setDaemon(true);
        executor.setTaskDecorator(CountySchema.propagating());
        return executor;
    }

    @Bean
    @ConditionalOnProperty(name = "pubstats.partitions", havingValue = "local", matchIfMissing = true)
    PartitionHandler regionPartitionHandler(@org.springframework.beans.factory.annotation.Qualifier(CountyStep.NAME) Step countyStep, ThreadPoolTaskExecutor regionTaskExecutor) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(countyStep);
        handler.setTaskExecutor(regionTaskExecutor);
        return handler;
    }

    @Bean
    Step regionStep(JobRepository repository, RegionPartitioner regionPartitioner, PartitionHandler regionPartitionHandler) {
        return new StepBuilder("region", repository)
                .partitioner(CountyStep.NAME, regionPartitioner)
                .partitionHandler(regionPartitionHandler)
                .build();
    }

    @Bean
    @StepScope
    RegionExportTasklet regionExportTasklet(JdbcTemplate jdbc, CountySchemas schemas,
                                            @Value("#{jobParameters['inbox']}") String inbox,
                                            @Value("#{jobParameters['year']}") Long year,
                                            @Value("#{jobParameters['out']}") String out) {
        return new RegionExportTasklet(jdbc, schemas, Path.of(inbox), year.intValue(), Path.of(out));
    }

    @Bean
    Step regionExportStep(JobRepository repository, PlatformTransactionManager tx, RegionExportTasklet regionExportTasklet) {
        return new StepBuilder("regionExport", repository).tasklet(regionExportTasklet, tx).build();
    }

    @Bean
    Job regionJob(JobRepository repository, Step regionStep, Step regionExportStep) {
        return new JobBuilder(JOB_NAME, repository).start(regionStep).next(regionExportStep).build();
    }
}
