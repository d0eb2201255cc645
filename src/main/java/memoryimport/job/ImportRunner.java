package memoryimport.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import memoryimport.model.DecisionKind;
import memoryimport.store.DecisionStore;
import memoryimport.dedupe.Deduper;
import memoryimport.store.FileRegistry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Starts the import, or resumes the last run of the same folders when it failed, was stopped or died; prints what the
 * run did and sets the process exit code. With {@code --schedule} it stays up and imports on that schedule.
 */
@Component
@Profile("!" + RunMode.WORKER_PROFILE) // a worker launches no import: it runs the partitions a manager sends
public class ImportRunner implements ApplicationRunner, ExitCodeGenerator, ApplicationListener<ContextClosedEvent> {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final ImportOptions options;
    /** the options that shape decisions, with the rules this process loaded at start */
    private final DecisionSettings settings;
    private final FileRegistry registry;
    private final DecisionStore decisions;
    private final GracefulStop gracefulStop;
    private final MetricsConfiguration.MetricsFile metricsFile;
    private final Deduper deduper;
    private final int threads;
    private final boolean timeModelAlone;
    private final boolean databaseIsPrivate;
    private final PrintStream console = System.out;
    private final CountDownLatch closing = new CountDownLatch(1);
    private int exitCode = ExitCodes.FAILED;

    public ImportRunner(JobOperator jobOperator, JobRepository jobRepository, Job memoryImportJob, ImportOptions options,
                        FileRegistry registry, DecisionStore decisions, GracefulStop gracefulStop,
                        MetricsConfiguration.MetricsFile metricsFile, Deduper deduper,
                        @Value("${memory-import.threads}") int threads,
                        @Value("${memory-import.time-model-alone}") boolean timeModelAlone,
                        @Value("${spring.datasource.url}") String databaseUrl) {
        this.threads = threads;
        this.timeModelAlone = timeModelAlone;
        if (timeModelAlone) {
            deduper.recordEmbeddedTexts();
        }
        this.metricsFile = metricsFile;
        this.deduper = deduper;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = memoryImportJob;
        this.options = options;
        this.settings = DecisionSettings.of(options);
        this.registry = registry;
        this.decisions = decisions;
        this.gracefulStop = gracefulStop;
        // an HSQLDB file database is locked by this process: no other process can be running a job in it
        this.databaseIsPrivate = databaseUrl.startsWith("jdbc:hsqldb:file:");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (options.schedule() == null) {
            exitCode = importOnce();
            return;
        }
        if (!CronExpression.isValidExpression(options.schedule())) {
            console.println("memory-import: --schedule=\"" + options.schedule() + "\" is not a cron expression"
                    + " (six fields: second minute hour day-of-month month day-of-week, e.g. \"0 30 2 * * *\")");
            exitCode = ExitCodes.BAD_USAGE;
            return;
        }
        CronExpression cron = CronExpression.parse(options.schedule());
        while (true) {
            ZonedDateTime next = cron.next(ZonedDateTime.now());
            console.println("memory-import: next import at " + next);
            long wait = Duration.between(ZonedDateTime.now(), next).toMillis();
            if (closing.await(Math.max(wait, 0), TimeUnit.MILLISECONDS)) {
                exitCode = ExitCodes.COMPLETED;
                return;
            }
            importOnce();
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing.countDown();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private int importOnce() throws Exception {
        int code = ExitCodes.FAILED;
        try (AutoCloseable underWay = gracefulStop.importing()) {
            code = launchAndReport();
            return code;
        } finally {
            metricsFile.write(code);
        }
    }

    private int launchAndReport() throws Exception {
        long embeddedBefore = deduper.embeddings();
        long modelNanosBefore = deduper.embeddingNanos();
        JobExecution unfinished = unfinishedRunOfSameFolders();
        JobExecution execution;
        if (unfinished == null) {
            execution = jobOperator.start(job, newRunParameters());
        } else if (unfinished.getStatus().isRunning() && !databaseIsPrivate) {
            console.println("memory-import: run " + runIdOf(unfinished) + " is still running (execution "
                    + unfinished.getId() + "); not starting another.");
            return ExitCodes.REFUSED;
        } else {
            console.println("memory-import: resuming run " + runIdOf(unfinished) + " (" + unfinished.getStatus() + ")");
            List<String> differences = settings.differencesFrom(unfinished.getJobParameters());
            if (!differences.isEmpty()) {
                console.println("memory-import: this run started with other decision options ("
                        + String.join("; ", differences) + "): what it decided before the stop stays as it was");
            }
            if (unfinished.getStatus().isRunning()) {
                unfinished = jobOperator.recover(unfinished);
            }
            // starting the same instance again restarts it from its last committed chunk
            execution = jobOperator.start(job, unfinished.getJobParameters());
        }
        if (NothingToDoDecider.NOTHING_TO_DO.equals(execution.getExitStatus().getExitCode())) {
            reportNothingToDo(execution);
            return ExitCodes.NOTHING_TO_DO;
        }
        long entries = report(execution);
        reportModelShare(execution, entries, deduper.embeddings() - embeddedBefore,
                deduper.embeddingNanos() - modelNanosBefore);
        return ExitCodes.of(execution.getStatus());
    }

    private JobExecution unfinishedRunOfSameFolders() {
        JobInstance last = jobRepository.getLastJobInstance(MemoryImportJobConfiguration.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
                || execution.getStatus() == BatchStatus.ABANDONED) {
            return null;
        }
        JobParameters p = execution.getJobParameters();
        boolean sameRun = options.input().toString().equals(p.getString("input"))
                && options.output().toString().equals(p.getString("output"))
                && Boolean.toString(options.dryRun()).equals(p.getString("dryRun"));
        return sameRun ? execution : null;
    }

    private JobParameters newRunParameters() {
        String base = LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        String runId = base;
        for (int n = 2; jobRepository.getJobInstance(MemoryImportJobConfiguration.JOB_NAME, parameters(runId)) != null; n++) {
            runId = base + "-" + n;
        }
        return parameters(runId);
    }

    private JobParameters parameters(String runId) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString("runId", runId)
                .addString("input", options.input().toString())
                .addString("output", options.output().toString())
                .addString("reimport", Boolean.toString(options.reimport()), false)
                .addString("dryRun", Boolean.toString(options.dryRun()), false);
        return settings.addTo(parameters).toJobParameters();
    }

    private static String runIdOf(JobExecution execution) {
        return execution.getJobParameters().getString("runId");
    }

    private void reportNothingToDo(JobExecution execution) {
        Map<String, Long> files = fileCounts(runIdOf(execution));
        console.printf("memory-import: nothing to do: no new or changed export in %s (%d already imported, %d unsupported,"
                        + " %d unreadable)%n", options.input(), files.getOrDefault(FileRegistry.ALREADY_IMPORTED, 0L),
                files.getOrDefault(FileRegistry.UNSUPPORTED, 0L), files.getOrDefault(FileRegistry.UNREADABLE, 0L));
    }

    private Map<String, Long> fileCounts(String runId) {
        return registry.files(runId).stream()
                .collect(Collectors.groupingBy(FileRegistry.RegisteredFile::status, Collectors.counting()));
    }

    /** Prints the run's summary table; returns the entries it decided. */
    private long report(JobExecution execution) {
        String runId = runIdOf(execution);
        @SuppressWarnings("unchecked")
        Map<String, Long> published = (Map<String, Long>) execution.getExecutionContext().get(PublishTasklet.DECISION_COUNTS);
        Map<String, Long> byDecision = published != null ? published : decisions.countByDecision(runId);
        Map<String, Long> files = fileCounts(runId);
        long entries = byDecision.values().stream().mapToLong(Long::longValue).sum();
        console.printf("memory-import: run %s %s in %.1f s%s%n", runId, execution.getStatus().name().toLowerCase(),
                seconds(execution.getStartTime(), execution.getEndTime()), options.dryRun() ? " (dry run)" : "");
        console.printf("  files       %d read, %d unreadable, %d unsupported, %d already imported%n",
                files.getOrDefault(FileRegistry.PENDING, 0L), files.getOrDefault(FileRegistry.UNREADABLE, 0L),
                files.getOrDefault(FileRegistry.UNSUPPORTED, 0L), files.getOrDefault(FileRegistry.ALREADY_IMPORTED, 0L));
        console.printf("  users       %d%n", published != null
                ? execution.getExecutionContext().getInt(PublishTasklet.USER_COUNT) : decisions.countByUser(runId).size());
        console.printf("  entries     %d%n", entries);
        for (DecisionKind kind : DecisionKind.values()) {
            console.printf("    %-18s %8d%n", kind.word(), byDecision.getOrDefault(kind.word(), 0L));
        }
        console.printf("  steps       %s%n", stepTimes(execution, entries));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            console.printf("  run folder  %s%n", options.output().resolve(options.dryRun() ? runId + "-dry-run" : runId));
        } else {
            if (execution.getStatus() == BatchStatus.FAILED) {
                execution.getAllFailureExceptions().forEach(e -> console.println("  failure     " + e));
            }
            console.println("  start the job again with the same --input and --output to resume this run.");
        }
        return entries;
    }

    /**
     * With paraphrase matching on, the run is bound by the embedding model: the rate the model allows (the entries over
     * the model time this run's texts cost, on the decide threads) against the rate the run reached. Measured inside the
     * run, where the model shares the cores; with memory-import.time-model-alone (the benchmark) also alone afterwards.
     */
    private void reportModelShare(JobExecution execution, long entries, long embedded, long modelNanos)
            throws InterruptedException {
        if (embedded == 0 || modelNanos == 0) {
            return;
        }
        double modelSeconds = modelNanos / 1e9;
        double runRate = entries / seconds(execution.getStartTime(), execution.getEndTime());
        int threads = MemoryImportJobConfiguration.partitions(this.threads);
        double allowed = entries / (modelSeconds / threads);
        console.printf("  paraphrase  %,d texts embedded, %.1f s in the model during the run (%,.0f/s a thread): that"
                        + " allows %,.0f entries/s on %d threads, the run reached %,.0f (%.0f %%)%n", embedded,
                modelSeconds, embedded / modelSeconds, allowed, threads, runRate, 100 * runRate / allowed);
        if (timeModelAlone) {
            double aloneSeconds = deduper.timeModelAlone(threads) / 1e9;
            double allowedAlone = entries / aloneSeconds;
            console.printf("  model alone the same %,d texts again on %d threads, nothing else running: %.1f s (%,.0f/s),"
                            + " which allows %,.0f entries/s; the run reached %.0f %%%n", embedded, threads, aloneSeconds,
                    embedded / aloneSeconds, allowedAlone, 100 * runRate / allowedAlone);
        }
    }

    private static String stepTimes(JobExecution execution, long entries) {
        List<String> parts = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // partitions are counted in their manager step
            }
            double s = seconds(step.getStartTime(), step.getEndTime());
            boolean perEntry = step.getStepName().equals("parse") || step.getStepName().equals("decide");
            parts.add(perEntry && s > 0 ? String.format("%s %.1f s (%,.0f entries/s)", step.getStepName(), s, entries / s)
                    : String.format("%s %.1f s", step.getStepName(), s));
        }
        return String.join(", ", parts);
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }
}
