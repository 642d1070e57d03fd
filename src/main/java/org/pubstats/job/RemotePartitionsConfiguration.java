package org.pubstats.job;

import java.io.IOException;
import java.util.Collection;
import java.util.Properties;

import org.pubstats.warehouse.CountySchema;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.Message;

/**
 * Remote partitions of the region job (issue 13) through spring-batch-integration over RabbitMQ: the manager
 * ({@code pubstats.partitions=remote}) sends each county's {@link StepExecutionRequest} to the queue
 * {@value #QUEUE} through a {@link MessageChannelPartitionHandler}, which then polls the shared job repository
 * until every partition has ended; each {@code pubstats worker} ({@code pubstats.worker=true}) takes one request at
 * a time from the queue and runs the {@code county} step ({@link StepExecutionRequestHandler}), writing to the same
 * database. RabbitMQ is named by {@code SPRING_RABBITMQ_HOST/PORT/USERNAME/PASSWORD}. A request is acknowledged as a
 * worker takes it: a worker killed in the middle leaves its partition started, the manager's wait ends at the
 * timeout, and the next {@code pubstats run} re-runs the failed partitions.
 */
@Configuration
public class RemotePartitionsConfiguration {

    /** The queue's name by default; {@code pubstats.remote-queue} names another (one per region, or per test). */
    public static final String QUEUE = "pubstats.region.partitions";
    static final String QUEUE_PROPERTY = "${pubstats.remote-queue:" + QUEUE + "}";

    /** The request as text on the wire ({@code stepName:stepExecutionId}): no Java serialisation between machines. */
    static String text(StepExecutionRequest request) {
        return request.getStepName() + ":" + request.getStepExecutionId();
    }

    static StepExecutionRequest request(String text) {
        int colon = text.lastIndexOf(':');
        return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
    }

    @Bean
    @ConditionalOnExpression("'${pubstats.partitions:local}' == 'remote' or '${pubstats.worker:false}' == 'true'")
    Queue regionPartitionsQueue(@Value(QUEUE_PROPERTY) String queue) {
        return new Queue(queue, true);
    }

    /** The manager's side. */
    @Configuration
    @ConditionalOnProperty(name = "pubstats.partitions", havingValue = "remote")
    @org.springframework.integration.config.EnableIntegration
    static class Manager {

        @Bean
        DirectChannel regionRequests() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow regionRequestsToRabbit(DirectChannel regionRequests, RabbitTemplate rabbit,
                                               @Value(QUEUE_PROPERTY) String queue) {
            return IntegrationFlow.from(regionRequests)
                    .transform(StepExecutionRequest.class, RemotePartitionsConfiguration::text)
                    .handle(Amqp.outboundAdapter(rabbit).routingKey(queue))
                    .get();
        }

        @Bean
        PartitionHandler regionPartitionHandler(DirectChannel regionRequests, JobRepository repository,
                                                org.springframework.jdbc.core.JdbcTemplate jdbc,
                                                AmqpAdmin admin, @Value(QUEUE_PROPERTY) String queue,
                                                @Value("${pubstats.remote-timeout:3600}") long timeoutSeconds,
                                                @Value("${pubstats.remote-poll-ms:1000}") long pollMillis) throws Exception {
            MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
            handler.setStepName(CountyStep.NAME);
            handler.setJobRepository(repository); // poll the job repository: no reply queue to lose after a restart
            handler.setPollInterval(pollMillis);
            handler.setTimeout(timeoutSeconds * 1000);
            MessagingTemplate template = new MessagingTemplate();
            template.setDefaultChannel(regionRequests);
            handler.setMessagingOperations(template);
            handler.afterPropertiesSet();
            return new Waiting(handler, jdbc, admin, queue, timeoutSeconds);
        }
    }

    /**
     * The handler as the office sees it: a word when no worker listens yet, and when the wait ends without every
     * county, the partitions still started marked failed (their worker is gone; a rerun takes them again) and a
     * message in Chinese.
     */
    static final class Waiting implements PartitionHandler {

        private final MessageChannelPartitionHandler delegate;
        private final org.springframework.jdbc.core.JdbcTemplate jdbc;
        private final AmqpAdmin admin;
        private final String queue;
        private final long timeoutSeconds;

        Waiting(MessageChannelPartitionHandler delegate, org.springframework.jdbc.core.JdbcTemplate jdbc, AmqpAdmin admin,
                String queue, long timeoutSeconds) {
            this.delegate = delegate;
            this.jdbc = jdbc;
            this.queue = queue;
            this.admin = admin;
            this.timeoutSeconds = timeoutSeconds;
        }

        @Override
        public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStepExecution)
                throws Exception {
            Properties properties = admin.getQueueProperties(queue);
            Object consumers = properties == null ? null : properties.get("QUEUE_CONSUMER_COUNT");
            if (consumers instanceof Integer count && count == 0) {
                System.out.println("目前没有 pubstats worker 在线（队列 " + queue + "），各县的任务已发出，最多等待 "
                        + timeoutSeconds + " 秒。");
            }
            try {
                return delegate.handle(splitter, managerStepExecution);
            } catch (Exception e) {
                if (!timedOut(e)) {
                    throw e;
                }
                int left = failStarted(jdbc, managerStepExecution.getJobExecution().getId());
                throw new IllegalStateException("等待 " + timeoutSeconds + " 秒后仍有 " + left
                        + " 个县（市、区）没有 pubstats worker 完成：请确认 worker 已启动（./pubstats worker），"
                        + "并与本机连接同一个 RabbitMQ 和同一个数据库；再次运行将只重做未完成的县。（" + e.getMessage() + "）");
            }
        }

        private static boolean timedOut(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.util.concurrent.TimeoutException
                        || t.getMessage() != null && (t.getMessage().contains("Timeout") || t.getMessage().contains("Timed out"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Partitions of a region execution still marked started after the manager stopped waiting, or after a crash:
     * their process is gone; marked failed, they are run again by the next run. Returns how many.
     */
    public static int failStarted(org.springframework.jdbc.core.JdbcTemplate jdbc, long jobExecutionId) {
        return jdbc.update("""
                UPDATE batch_step_execution
                   SET status = 'FAILED', exit_code = 'FAILED', exit_message = 'worker 未完成（进程已结束或等待超时）',
                       end_time = now(), last_updated = now(), version = version + 1
                 WHERE job_execution_id = ? AND step_name LIKE ? AND status IN ('STARTING', 'STARTED', 'STOPPING')""",
                jobExecutionId, CountyStep.NAME + ":%");
    }

    /** The worker's side: one partition at a time, acknowledged as it is taken. */
    @Configuration
    @ConditionalOnProperty(name = "pubstats.worker", havingValue = "true")
    @org.springframework.integration.config.EnableIntegration
    static class Worker {

        @Bean
        StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository repository,
                                                                @Qualifier(CountyStep.NAME) Step county) {
            StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
            handler.setJobRepository(repository);
            StepLocator locator = new StepLocator() {
                @Override
                public Step getStep(String stepName) {
                    if (!CountyStep.NAME.equals(stepName)) {
                        throw new IllegalArgumentException("unknown step " + stepName);
                    }
                    return county;
                }
            };
            handler.setStepLocator(locator);
            return handler;
        }

        @Bean
        SimpleMessageListenerContainer regionPartitionsListener(ConnectionFactory connectionFactory,
                                                                @Value(QUEUE_PROPERTY) String queue) {
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(queue);
            container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
            container.setPrefetchCount(1);
            container.setConcurrentConsumers(1);
            return container;
        }

        @Bean
        IntegrationFlow regionPartitionsFromRabbit(SimpleMessageListenerContainer regionPartitionsListener,
                                                   StepExecutionRequestHandler stepExecutionRequestHandler,
                                                   JobRepository repository) {
            return IntegrationFlow.from(Amqp.inboundAdapter(regionPartitionsListener))
                    .handle(message -> work(message, stepExecutionRequestHandler, repository))
                    .get();
        }

        private static void work(Message<?> message, StepExecutionRequestHandler handler, JobRepository repository) {
            Object payload = message.getPayload();
            String text = payload instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    : payload.toString();
            com.rabbitmq.client.Channel channel = message.getHeaders().get(AmqpHeaders.CHANNEL, com.rabbitmq.client.Channel.class);
            Long tag = message.getHeaders().get(AmqpHeaders.DELIVERY_TAG, Long.class);
            try {
                if (channel != null && tag != null) {
                    channel.basicAck(tag, false); // taken: if this process dies now, the partition stays failed
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            StepExecutionRequest request = request(text);
            StepExecution partition = repository.getStepExecution(request.getStepExecutionId());
            if (partition == null || partition.getStatus() != BatchStatus.STARTING) {
                // Sent by a manager that has since died: the rerun marked it failed and sent it again.
                System.out.println("worker：跳过已失效的分区 " + request.getStepExecutionId());
                return;
            }
            System.out.println("worker：开始分区 " + request.getStepExecutionId());
            StepExecution done = CountySchemaFree.run(() -> handler.handle(request));
            System.out.println("worker：分区 " + request.getStepExecutionId() + " 结束：" + done.getStatus());
        }
    }

    /** The listener thread works for no county between partitions. */
    private static final class CountySchemaFree {
        static StepExecution run(java.util.function.Supplier<StepExecution> work) {
            try {
                return CountySchema.in(null, work::get);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
