package memoryimport.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import memoryimport.store.FileRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * While a run goes on, logs one progress line per running step at a steady pace: entries done, rate, and the time
 * left: parse estimates it from the bytes of the files it has read, decide from the entries parse staged.
 */
public class ProgressReporter implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("memoryimport.progress");

    private final Duration every;
    private final FileRegistry registry;
    private ScheduledExecutorService ticker;
    private final Map<String, Long> lastDone = new HashMap<>();
    private final Map<String, LocalDateTime> lastAt = new HashMap<>();

    public ProgressReporter(Duration every, FileRegistry registry) {
        this.every = every;
        this.registry = registry;
    }

    @Override
    public void beforeJob(JobExecution job) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> report(job, LocalDateTime.now()).forEach(log::info), every.toMillis(),
                every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterJob(JobExecution job) {
        ticker.shutdownNow();
    }

    /**
     * One line per running step. The rate is over the time since the last line, or since the step started when this is
     * its first: a step that started a second ago is not rated over the whole interval.
     */
    List<String> report(JobExecution job, LocalDateTime now) {
        List<String> lines = new ArrayList<>();
        List<StepExecution> steps = new ArrayList<>(job.getStepExecutions());
        for (String step : List.of("parse", "decide")) {
            List<StepExecution> workers = steps.stream().filter(s -> s.getStepName().startsWith(step + "Files:")
                    || s.getStepName().startsWith(step + "Users:")).toList();
            if (workers.stream().noneMatch(s -> s.getStatus() == BatchStatus.STARTED)) {
                continue;
            }
            long done = workers.stream().mapToLong(StepExecution::getWriteCount).sum();
            LocalDateTime since = lastAt.getOrDefault(step, startOf(workers));
            double seconds = since == null ? every.toMillis() / 1000.0
                    : Math.max(Duration.between(since, now).toMillis(), 1) / 1000.0;
            double rate = (done - lastDone.getOrDefault(step, 0L)) / seconds;
            lastDone.put(step, done);
            lastAt.put(step, now);
            String line = String.format("%s: %,d entries (%,.0f/s)", step, done, rate);
            if (step.equals("parse")) {
                line += timeLeftByBytes(job, workers, now);
            }
            if (step.equals("decide")) {
                long total = steps.stream().filter(s -> s.getStepName().startsWith("parseFiles:"))
                        .mapToLong(StepExecution::getWriteCount).sum();
                if (total > 0 && rate > 0) {
                    line = String.format("decide: %,d of %,d entries (%,.0f/s, about %,.0f s left)", done, total, rate,
                            (total - done) / rate);
                }
            }
            lines.add(line);
        }
        return lines;
    }

    /** When the first of a step's partitions started; null before any has. */
    private static LocalDateTime startOf(List<StepExecution> workers) {
        return workers.stream().map(StepExecution::getStartTime).filter(Objects::nonNull)
                .min(LocalDateTime::compareTo).orElse(null);
    }

    private String timeLeftByBytes(JobExecution job, List<StepExecution> workers, LocalDateTime now) {
        long total = registry.files(job.getJobParameters().getString("runId")).stream()
                .filter(f -> FileRegistry.PENDING.equals(f.status())).mapToLong(FileRegistry.RegisteredFile::sizeBytes).sum();
        long done = workers.stream().mapToLong(w -> w.getExecutionContext().getLong(ExportFilesReader.BYTES_DONE, 0L)).sum();
        LocalDateTime started = startOf(workers);
        if (total <= 0 || done <= 0 || started == null) {
            return "";
        }
        double elapsed = Duration.between(started, now).toMillis() / 1000.0;
        return String.format(", %.0f %% of the bytes, about %,.0f s left", 100.0 * done / total, elapsed * (total - done) / done);
    }
}
