package memoryimport.job;

import jakarta.jms.ConnectionFactory;
import java.time.Duration;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * {@code --mode=manager}: the job as in a local run, except that the parse and decide steps send each partition to
 * the requests queue, where a worker takes it, instead of running it on a local thread. The manager learns that the
 * partitions have finished by polling their step executions in the shared job repository (no replies queue), so a
 * partition's outcome is whatever the worker committed there, and a manager that is restarted finds it there too.
 * The rest of the job (register, publish, resume, exit codes) runs in the manager as in a local run.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RunMode.MANAGER_PROFILE)
public class RemoteManagerConfiguration {

    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Each request as a text message "STEP_NAME STEP_EXECUTION_ID": readable in the broker's console, no Java serialization. */
    @Bean
    public IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ConnectionFactory connectionFactory,
                                                     @Value("${memory-import.remote-queue}") String queue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionWorker::requestText)
                .handle(Jms.outboundAdapter(connectionFactory).destination(queue))
                .get();
    }

    @Bean
    public Step parse(JobRepository jobRepository, DirectChannel partitionRequests, HsqldbCheckpoint checkpoint,
                      @Value("${memory-import.remote-partitions}") int partitions,
                      @Value("${memory-import.remote-poll-millis}") long pollMillis,
                      @Value("${memory-import.remote-timeout-seconds}") long timeoutSeconds) {
        return remoteStep("parse", "parseFiles", jobRepository, partitionRequests, checkpoint, partitions, pollMillis,
                timeoutSeconds);
    }

    @Bean
    public Step decide(JobRepository jobRepository, DirectChannel partitionRequests, HsqldbCheckpoint checkpoint,
                       @Value("${memory-import.remote-partitions}") int partitions,
                       @Value("${memory-import.remote-poll-millis}") long pollMillis,
                       @Value("${memory-import.remote-timeout-seconds}") long timeoutSeconds) {
        return remoteStep("decide", "decideUsers", jobRepository, partitionRequests, checkpoint, partitions, pollMillis,
                timeoutSeconds);
    }

    private static Step remoteStep(String name, String workerStep, JobRepository jobRepository, DirectChannel requests,
                                   HsqldbCheckpoint checkpoint, int partitions, long pollMillis, long timeoutSeconds) {
        return new RemotePartitioningManagerStepBuilder(name, jobRepository)
                .outputChannel(requests) // and no input channel: completion is polled from the job repository
                .pollInterval(pollMillis)
                .timeout(timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds).toMillis() : -1)
                .partitioner(workerStep, new ModuloPartitioner())
                .gridSize(MemoryImportJobConfiguration.partitions(partitions))
                .listener(checkpoint)
                .build();
    }
}
