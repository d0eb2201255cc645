package memoryimport.job;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Session;
import java.time.Duration;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * {@code --mode=worker}: listens on the requests queue and runs the {@code parseFiles} and {@code decideUsers}
 * partitions it finds there, as many at once as {@code memory-import.threads} (0 = one per core). The worker steps
 * are the very beans a local run uses; the worker launches no import itself.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RunMode.WORKER_PROFILE)
public class RemoteWorkerConfiguration {

    @Bean
    public BeanFactoryStepLocator stepLocator() {
        return new BeanFactoryStepLocator();
    }

    @Bean
    public PartitionWorker partitionWorker(JobRepository jobRepository, BeanFactoryStepLocator stepLocator,
                                           @Value("${memory-import.remote-stale-seconds}") long staleSeconds,
                                           ImportOptions options) {
        return new PartitionWorker(jobRepository, stepLocator, Duration.ofSeconds(staleSeconds), Duration.ofSeconds(5),
                DecisionSettings.of(options));
    }

    /**
     * A partition's message is acknowledged when the partition has ended: a worker that dies running one leaves it to
     * be delivered again to another worker, which resumes its step execution from the last committed chunk once it has
     * seen no commit for memory-import.remote-stale-seconds (see PartitionWorker).
     */
    @Bean
    public IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, PartitionWorker worker,
                                                       @Value("${memory-import.remote-queue}") String queue,
                                                       @Value("${memory-import.threads}") int threads) {
        int consumers = MemoryImportJobConfiguration.partitions(threads);
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(
                        Jms.container(connectionFactory, queue).concurrentConsumers(consumers).maxConcurrentConsumers(consumers)
                                .sessionAcknowledgeMode(Session.CLIENT_ACKNOWLEDGE)))
                .handle(message -> worker.handle(String.valueOf(message.getPayload())))
                .get();
    }
}
