package memoryimport.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import memoryimport.model.DecisionKind;
import memoryimport.store.DecisionStore;
import memoryimport.store.FileRegistry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Starts the import, or resumes the last run of the same folders when it failed, was stopped or died; prints what the
 * run did and sets the process exit code.
 */
@Component
public class ImportRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final ImportOptions options;
    private final FileRegistry registry;
    private final DecisionStore decisions;
    private final boolean databaseIsPrivate;
    private final PrintStream console = System.out;
    private int exitCode = ExitCodes.FAILED;

    public ImportRunner(JobOperator jobOperator, JobRepository jobRepository, Job memoryImportJob, ImportOptions options,
                        FileRegistry registry, DecisionStore decisions,
                        @Value("${spring.datasource.url}") String databaseUrl) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = memoryImportJob;
        this.options = options;
        this.registry = registry;
        this.decisions = decisions;
        // an HSQLDB file database is locked by this process: no other process can be running a job in it
        this.databaseIsPrivate = databaseUrl.startsWith("jdbc:hsqldb:file:");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        JobExecution unfinished = unfinishedRunOfSameFolders();
        JobExecution execution;
        if (unfinished == null) {
            execution = jobOperator.start(job, newRunParameters());
        } else if (unfinished.getStatus().isRunning() && !databaseIsPrivate) {
            console.println("memory-import: run " + runIdOf(unfinished) + " is still running (execution "
                    + unfinished.getId() + "); not starting another.");
            exitCode = ExitCodes.REFUSED;
            return;
        } else {
            console.println("memory-import: resuming run " + runIdOf(unfinished) + " (" + unfinished.getStatus() + ")");
            if (unfinished.getStatus().isRunning()) {
                unfinished = jobOperator.recover(unfinished);
            }
            execution = jobOperator.restart(unfinished);
        }
        report(execution);
        exitCode = ExitCodes.of(execution.getStatus());
    }

    @Override
    public int getExitCode() {
        return exitCode;
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
        boolean sameFolders = options.input().toString().equals(p.getString("input"))
                && options.output().toString().equals(p.getString("output"));
        return sameFolders ? execution : null;
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
        return new JobParametersBuilder()
                .addString("runId", runId)
                .addString("input", options.input().toString())
                .addString("output", options.output().toString())
                .addString("reimport", Boolean.toString(options.reimport()), false)
                .toJobParameters();
    }

    private static String runIdOf(JobExecution execution) {
        return execution.getJobParameters().getString("runId");
    }

    private void report(JobExecution execution) {
        String runId = runIdOf(execution);
        Map<String, Long> byDecision = decisions.countByDecision(runId);
        Map<String, Long> files = registry.files(runId).stream()
                .collect(Collectors.groupingBy(FileRegistry.RegisteredFile::status, Collectors.counting()));
        long entries = byDecision.values().stream().mapToLong(Long::longValue).sum();
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        console.printf("memory-import: run %s %s in %.1f s%n", runId, execution.getStatus().name().toLowerCase(),
                took.toMillis() / 1000.0);
        console.printf("  files:     %d read, %d unreadable, %d unsupported, %d already imported%n",
                files.getOrDefault(FileRegistry.PENDING, 0L), files.getOrDefault(FileRegistry.UNREADABLE, 0L),
                files.getOrDefault(FileRegistry.UNSUPPORTED, 0L), files.getOrDefault(FileRegistry.ALREADY_IMPORTED, 0L));
        console.printf("  users:     %d%n", decisions.countByUser(runId).size());
        StringBuilder counts = new StringBuilder();
        for (DecisionKind kind : DecisionKind.values()) {
            counts.append(counts.isEmpty() ? "" : ", ").append(kind.word()).append(' ').append(byDecision.getOrDefault(kind.word(), 0L));
        }
        console.printf("  entries:   %d (%s)%n", entries, counts);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            console.printf("  run folder: %s%n", options.output().resolve(runId));
        } else {
            execution.getAllFailureExceptions().forEach(e -> console.println("  failure:   " + e));
            console.println("  start the job again with the same --input and --output to resume this run.");
        }
    }
}
