package memoryimport.job;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * On SIGTERM (the JVM's shutdown closes the context): asks the import this process is running to stop at its next
 * chunk boundary and holds the shutdown until the import has ended and been reported, so it ends STOPPED and
 * restartable instead of dying mid-chunk or losing its database under it.
 */
public class GracefulStop implements ApplicationListener<ContextClosedEvent>, JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobOperator jobOperator;
    private final Duration patience;
    private volatile JobExecution running;
    private volatile CountDownLatch importDone = new CountDownLatch(0);

    public GracefulStop(JobOperator jobOperator, Duration patience) {
        this.jobOperator = jobOperator;
        this.patience = patience;
    }

    /** Marks an import under way until the returned handle is closed; shutdown waits for it. */
    public AutoCloseable importing() {
        CountDownLatch done = new CountDownLatch(1);
        importDone = done;
        return done::countDown;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running = execution;
    }

    @Override
    public void afterJob(JobExecution execution) {
        running = null;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        JobExecution execution = running;
        try {
            if (execution != null) {
                log.warn("stopping run {} at the next chunk boundary", execution.getJobParameters().getString("runId"));
                jobOperator.stop(execution);
            }
            if (!importDone.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("the run did not stop within {} s; it will be resumed from its last committed chunk",
                        patience.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("could not stop the run: {}", e.getMessage());
        }
    }
}
