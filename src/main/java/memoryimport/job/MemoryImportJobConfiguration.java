package memoryimport.job;

import memoryimport.classify.SensitiveScreen;
import memoryimport.classify.ClassifierRules;
import memoryimport.classify.SensitivePolicy;
import memoryimport.classify.WorkClassifier;
import memoryimport.dedupe.Deduper;
import memoryimport.model.RuleFiles;
import memoryimport.publish.ReportOptions;
import memoryimport.model.Decision;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import memoryimport.parse.ExportFormats;
import memoryimport.store.DecisionStore;
import memoryimport.store.EntryStaging;
import memoryimport.store.FileRegistry;
import memoryimport.store.MemoryStore;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The job: register → parse → decide → publish, with parse and decide partitioned over local threads. */
@Configuration
public class MemoryImportJobConfiguration {

    public static final String JOB_NAME = "memoryImportJob";

    @Bean
    public Job memoryImportJob(JobRepository jobRepository, Step register, Step parse, Step decide, Step publish,
                               Step clearStaging,
                               FileRegistry registry, GracefulStop gracefulStop,
                               @Value("${memory-import.progress-seconds}") int progressSeconds) {
        NothingToDoDecider nothingToDo = new NothingToDoDecider(registry);
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new ProgressReporter(Duration.ofSeconds(progressSeconds), registry))
                .listener(gracefulStop)
                .start(register)
                .next(nothingToDo).on(NothingToDoDecider.NOTHING_TO_DO).end(NothingToDoDecider.NOTHING_TO_DO)
                .from(nothingToDo).on("*").to(parse).next(decide).next(publish).next(clearStaging)
                .end()
                .build();
    }

    @Bean
    public HsqldbCheckpoint hsqldbCheckpoint(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url) {
        return new HsqldbCheckpoint(jdbc, url);
    }

    @Bean
    public GracefulStop gracefulStop(JobOperator jobOperator, @Value("${memory-import.stop-patience-seconds}") int seconds) {
        return new GracefulStop(jobOperator, Duration.ofSeconds(seconds));
    }

    @Bean
    public Step register(JobRepository jobRepository, PlatformTransactionManager tm, RegisterFilesTasklet registerFilesTasklet) {
        return new StepBuilder("register", jobRepository).tasklet(registerFilesTasklet, tm).build();
    }

    @Bean
    @StepScope
    public RegisterFilesTasklet registerFilesTasklet(ImportOptions options, @Value("#{jobParameters['runId']}") String runId,
                                                     @Value("#{jobParameters['reimport']}") boolean reimport,
                                                     FileRegistry registry, ExportFormats formats) {
        return new RegisterFilesTasklet(options.input(), runId, reimport, registry, formats, options.overrides());
    }

    @Bean
    @Profile("!" + RunMode.MANAGER_PROFILE) // a manager sends the partitions to workers: RemoteManagerConfiguration
    public Step parse(JobRepository jobRepository, Step parseFiles, TaskExecutor partitionExecutor,
                      HsqldbCheckpoint checkpoint, @Value("${memory-import.threads}") int threads) {
        return partitionedOnThreads("parse", parseFiles, jobRepository, partitionExecutor, checkpoint, threads);
    }

    @Bean
    public Step parseFiles(JobRepository jobRepository, PlatformTransactionManager tm, ImportOptions options,
                           FileRegistry registry, ExportFormats formats, SensitiveScreen screen, EntryStaging staging,
                           ObservationRegistry observations, @Value("${memory-import.chunk-size}") int chunkSize) {
        return new PartitionStep("parseFiles", jobRepository, (steps, partition) -> steps
                .<Entry, ScreenedEntry>chunk(chunkSize).transactionManager(tm)
                .observationRegistry(observations) // the chunk step is no bean: Boot's post-processor never sees it
                .reader(new ExportFilesReader(options.input(), partition.runId(), partition.index(), partition.count(),
                        formats, registry))
                .processor((ItemProcessor<Entry, ScreenedEntry>) screen::screen)
                .writer(new AppendingWriter<>(() -> staging.appender(partition.runId(), partition.index())))
                .build());
    }

    @Bean
    @Profile("!" + RunMode.MANAGER_PROFILE) // a manager sends the partitions to workers: RemoteManagerConfiguration
    public Step decide(JobRepository jobRepository, Step decideUsers, TaskExecutor partitionExecutor,
                       HsqldbCheckpoint checkpoint, @Value("${memory-import.threads}") int threads) {
        return partitionedOnThreads("decide", decideUsers, jobRepository, partitionExecutor, checkpoint, threads);
    }

    @Bean
    public Step decideUsers(JobRepository jobRepository, PlatformTransactionManager tm, EntryStaging staging,
                            WorkClassifier classifier, Deduper deduper, DecisionStore decisions, MemoryStore memories,
                            ObservationRegistry observations, @Value("${memory-import.chunk-size}") int chunkSize) {
        return new PartitionStep("decideUsers", jobRepository, (steps, partition) -> steps
                .<UserEntry, Decision>chunk(chunkSize).transactionManager(tm)
                .observationRegistry(observations)
                .reader(new StagedEntryReader(staging, partition.runId(), partition.index(), partition.count(),
                        classifier))
                .processor(new DecideProcessor(partition.runId(), classifier, deduper, memories))
                .writer(new DecisionWriter(partition.runId(), partition.index(), decisions,
                        partition.dryRun() ? null : memories))
                .build());
    }

    @Bean
    public Step publish(JobRepository jobRepository, PlatformTransactionManager tm, PublishTasklet publishTasklet) {
        return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, tm).build();
    }

    @Bean
    public Step clearStaging(JobRepository jobRepository, PlatformTransactionManager tm,
                             ClearStagingTasklet clearStagingTasklet) {
        return new StepBuilder("clearStaging", jobRepository).tasklet(clearStagingTasklet, tm).build();
    }

    @Bean
    @StepScope
    public ClearStagingTasklet clearStagingTasklet(EntryStaging staging, @Value("#{jobParameters['runId']}") String runId) {
        return new ClearStagingTasklet(staging, runId);
    }

    @Bean
    @StepScope
    public PublishTasklet publishTasklet(ImportOptions options, @Value("#{jobParameters['runId']}") String runId,
                                         @Value("#{jobParameters['dryRun']}") boolean dryRun, FileRegistry registry,
                                         DecisionStore decisions, MemoryStore memories) {
        return new PublishTasklet(options.output(), options.input(), runId, dryRun, registry, decisions,
                new ReviewerOverrides(decisions, memories),
                ReportOptions.defaults().withHidePersonalText(options.hidePersonalText()));
    }

    /** A step whose worker step runs as {@link #localPartitions} partitions on this process's threads. */
    private static Step partitionedOnThreads(String name, Step worker, JobRepository jobRepository,
                                             TaskExecutor partitionExecutor, HsqldbCheckpoint checkpoint, int threads) {
        return new StepBuilder(name, jobRepository)
                .listener(checkpoint)
                .partitioner(worker)
                .splitter(partitionSplitter(worker, jobRepository))
                .gridSize(localPartitions(threads))
                .taskExecutor(partitionExecutor)
                .build();
    }

    /** Splits a step into {@link ModuloPartitioner}'s partitions, restoring a restarted one's lost context. */
    private static StepExecutionSplitter partitionSplitter(Step worker, JobRepository jobRepository) {
        ModuloPartitioner partitioner = new ModuloPartitioner();
        return new PartitionContextRestorer(
                new SimpleStepExecutionSplitter(jobRepository, worker.getName(), partitioner), partitioner, jobRepository);
    }

    /** Partitions of the parse and decide steps: as configured, or one per core when not (0). */
    static int partitions(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Partitions of a local run: four a thread, taken in turn. Partitions finish unevenly (users and files differ in
     * size); with one a thread, the last sixth of a 5M-entry decide ran on one thread while the other idled.
     */
    static int localPartitions(int threads) {
        return 4 * partitions(threads);
    }

    @Bean
    public ExportFormats exportFormats() {
        return new ExportFormats();
    }

    @Bean
    public SensitiveScreen sensitiveScreen(ImportOptions options, RuleFiles rules) {
        return new SensitiveScreen(SensitivePolicy.parse("contact=" + options.contactPolicy()), rules);
    }

    @Bean
    public RuleFiles ruleFiles(ImportOptions options) {
        return new RuleFiles(options.rules());
    }

    @Bean
    public WorkClassifier workClassifier(RuleFiles rules) {
        return new WorkClassifier(ClassifierRules.load(rules));
    }

    /** Shared by the decide partitions; with --paraphrase=false the embedding model is never loaded. */
    @Bean(destroyMethod = "close")
    public Deduper deduper(ImportOptions options, RuleFiles rules) {
        return Deduper.create(options.paraphrase(), rules);
    }

    @Bean
    public TaskExecutor partitionExecutor(@Value("${memory-import.threads}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("partition-");
        executor.setConcurrencyLimit(partitions(threads));
        return executor;
    }
}
