package memoryimport.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code --mode=worker}: runs the parse and decide partitions that managers send, each in the step execution the
 * manager created for it in the shared job repository (what spring-batch-integration's StepExecutionRequestHandler
 * does, plus a graceful stop), and keeps the process up until it is stopped. On SIGTERM the partitions under way
 * stop at their next chunk boundary, ending STOPPED; their run is resumed from the last committed chunk when the
 * manager is started again.
 */
public class PartitionWorker implements ApplicationRunner, ExitCodeGenerator, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final JobRepository jobRepository;
    private final StepLocator steps;
    private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Duration staleAfter;
    private final Duration watchInterval;
    private final DecisionSettings settings;

    /**
     * @param staleAfter a partition another worker has started but not updated for this long is taken to be orphaned
     *                   (its worker died) and is resumed here
     * @param settings   this worker's own decision options, which must be the run's
     */
    public PartitionWorker(JobRepository jobRepository, StepLocator steps, Duration staleAfter, Duration watchInterval,
                           DecisionSettings settings) {
        this.jobRepository = jobRepository;
        this.steps = steps;
        this.staleAfter = staleAfter;
        this.watchInterval = watchInterval;
        this.settings = settings;
    }

    private boolean stale(StepExecution execution) {
        LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getStartTime();
        return last == null || last.plus(staleAfter).isBefore(LocalDateTime.now());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching a partition another worker runs", e);
        }
    }

    /** The request as the message text the manager sends: "STEP_NAME STEP_EXECUTION_ID". */
    static String requestText(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    static StepExecutionRequest request(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }

    /** Runs one partition; returns when it has ended, however it ended (its status is in the job repository). */
    public void handle(String requestText) {
        StepExecutionRequest request = request(requestText);
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution == null) {
            log.warn("partition {}: no such step execution in the job repository; is this worker on the manager's"
                    + " database?", requestText);
            return;
        }
        // delivered again while another worker runs it (that worker lost its broker connection): watch it, and take
        // it over only when it has committed nothing for a while, i.e. when that worker is gone
        while (execution.getStatus() == BatchStatus.STARTED && !stale(execution)) {
            if (closing.getCount() == 0) {
                throw new IllegalStateException("worker stopping: partition " + requestText + " left for another worker");
            }
            sleep(watchInterval);
            execution = jobRepository.getStepExecution(request.getStepExecutionId());
        }
        if (execution.getStatus() != BatchStatus.STARTING && execution.getStatus() != BatchStatus.STARTED) {
            // delivered again after it had been run (its worker ended before acknowledging it)
            log.info("partition {} already {}; not running it again", execution.getStepName(), execution.getStatus());
            return;
        }
        if (execution.getStatus() == BatchStatus.STARTED) {
            log.warn("taking over partition {}: nothing committed since {}; resuming from its last committed chunk",
                    execution.getStepName(), execution.getLastUpdated());
        }
        String runId = execution.getJobExecution().getJobParameters().getString("runId");
        List<String> differences = settings.differencesFrom(execution.getJobExecution().getJobParameters());
        if (!differences.isEmpty()) {
            String message = "this worker would decide differently from run " + runId + ": "
                    + String.join("; ", differences) + ". Start it with the manager's options.";
            log.error("partition {} refused: {}", execution.getStepName(), message);
            fail(execution, new IllegalStateException(message));
            return;
        }
        Step step = steps.getStep(request.getStepName());
        running.add(execution);
        try {
            if (closing.getCount() == 0) {
                execution.setTerminateOnly();
            }
            log.info("running partition {} of run {}", execution.getStepName(), runId);
            step.execute(execution);
            log.info("partition {} {}", execution.getStepName(), execution.getStatus().name().toLowerCase());
        } catch (Throwable e) {
            fail(execution, e);
        } finally {
            running.remove(execution);
        }
    }

    /** As StepExecutionRequestHandler: the manager reads the failure from the job repository. */
    private void fail(StepExecution execution, Throwable e) {
        execution.addFailureException(e);
        execution.setStatus(BatchStatus.FAILED);
        jobRepository.update(execution);
    }

    /** Keeps the process up until it is stopped: the partitions arrive on the listener threads meanwhile. */
    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        log.info("worker ready: waiting for partitions");
        closing.await();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing.countDown();
        for (StepExecution execution : running) {
            log.warn("stopping partition {} at the next chunk boundary", execution.getStepName());
            execution.setTerminateOnly();
        }
    }

    @Override
    public int getExitCode() {
        return ExitCodes.COMPLETED;
    }
}
