package memoryimport.job;

import java.util.function.BiFunction;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The worker step of a partitioned step: for each partition it runs, it builds a chunk step whose reader, processor
 * and writer are made for that partition. Step-scoped beans did the same through proxies that looked their target up
 * in the step scope on every item read and processed, about 4 % of a run's CPU samples.
 */
final class PartitionStep implements Step {

    /** What a partition's reader, processor and writer are made for: the run and the partition's place in the split. */
    record Partition(String runId, int index, int count, boolean dryRun) {

        static Partition of(StepExecution execution) {
            ExecutionContext context = execution.getExecutionContext();
            return new Partition(execution.getJobParameters().getString("runId"),
                    context.getInt(ModuloPartitioner.INDEX), context.getInt(ModuloPartitioner.COUNT),
                    Boolean.parseBoolean(execution.getJobParameters().getString("dryRun")));
        }
    }

    private final String name;
    private final JobRepository jobRepository;
    private final BiFunction<StepBuilder, Partition, Step> chunkStep;

    /**
     * {@code chunkStep} builds, from a builder of a step of this name, the step for one partition; it must not read or
     * write anything.
     */
    PartitionStep(String name, JobRepository jobRepository, BiFunction<StepBuilder, Partition, Step> chunkStep) {
        this.name = name;
        this.jobRepository = jobRepository;
        this.chunkStep = chunkStep;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        chunkStep.apply(new StepBuilder(name, jobRepository), Partition.of(execution)).execute(execution);
    }
}
