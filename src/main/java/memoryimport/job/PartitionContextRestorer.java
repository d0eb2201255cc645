package memoryimport.job;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits as its delegate does, then gives a restarted partition whose saved context came back empty the context its
 * partitioner gives it (index and count). A kill -9 can leave a partition's context row lost (seen once on HSQLDB's file database), and without
 * its index the restart failed on every try. Its reader's position and writer's mark live in that same context, so
 * both start over from the beginning of the partition together: nothing is read or staged twice.
 */
class PartitionContextRestorer implements StepExecutionSplitter {

    private static final Logger log = LoggerFactory.getLogger(PartitionContextRestorer.class);

    private final StepExecutionSplitter delegate;
    /** the delegate's: the same names and contexts on every split */
    private final Partitioner partitioner;
    private final JobRepository jobRepository;

    PartitionContextRestorer(StepExecutionSplitter delegate, Partitioner partitioner, JobRepository jobRepository) {
        this.delegate = delegate;
        this.partitioner = partitioner;
        this.jobRepository = jobRepository;
    }

    @Override
    public String getStepName() {
        return delegate.getStepName();
    }

    @Override
    public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
        Set<StepExecution> partitions = delegate.split(manager, gridSize);
        // the count the other partitions were split with, which a restart with other settings keeps
        int count = partitions.stream().map(StepExecution::getExecutionContext)
                .filter(c -> c.containsKey(ModuloPartitioner.COUNT)).mapToInt(c -> c.getInt(ModuloPartitioner.COUNT))
                .findFirst().orElse(gridSize);
        Map<String, ExecutionContext> original = partitioner.partition(count);
        for (StepExecution partition : partitions) {
            if (partition.getExecutionContext().containsKey(ModuloPartitioner.INDEX)) {
                continue;
            }
            // the splitter names a partition's step "<step>:<partition name>"
            String name = partition.getStepName();
            partition.setExecutionContext(original.get(name.substring(name.lastIndexOf(':') + 1)));
            jobRepository.updateExecutionContext(partition);
            log.warn("{}: its saved state was lost (the run was killed while the database wrote it); this partition "
                    + "starts over", name);
        }
        return partitions;
    }
}
