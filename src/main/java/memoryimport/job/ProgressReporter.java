package memoryimport.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * While a run goes on, logs one progress line per running step at a steady pace: entries done, rate, and the time
 * left where the total is known (decide knows how many entries parse staged).
 */
public class ProgressReporter implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("memoryimport.progress");

    private final Duration every;
    private ScheduledExecutorService ticker;
    private final Map<String, Long> lastDone = new HashMap<>();

    public ProgressReporter(Duration every) {
        this.every = every;
    }

    @Override
    public void beforeJob(JobExecution job) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> report(job), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterJob(JobExecution job) {
        ticker.shutdownNow();
    }

    private void report(JobExecution job) {
        List<StepExecution> steps = new ArrayList<>(job.getStepExecutions());
        for (String step : List.of("parse", "decide")) {
            List<StepExecution> workers = steps.stream().filter(s -> s.getStepName().startsWith(step + "Files:")
                    || s.getStepName().startsWith(step + "Users:")).toList();
            if (workers.stream().noneMatch(s -> s.getStatus() == BatchStatus.STARTED)) {
                continue;
            }
            long done = workers.stream().mapToLong(StepExecution::getWriteCount).sum();
            double rate = (done - lastDone.getOrDefault(step, 0L)) / (every.toMillis() / 1000.0);
            lastDone.put(step, done);
            String line = String.format("%s: %,d entries (%,.0f/s)", step, done, rate);
            if (step.equals("decide")) {
                long total = steps.stream().filter(s -> s.getStepName().startsWith("parseFiles:"))
                        .mapToLong(StepExecution::getWriteCount).sum();
                if (total > 0 && rate > 0) {
                    line = String.format("decide: %,d of %,d entries (%,.0f/s, about %,.0f s left)", done, total, rate,
                            (total - done) / rate);
                }
            }
            log.info(line);
        }
    }
}
