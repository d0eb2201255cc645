package memoryimport.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits work into {@code gridSize} partitions that know only their index and the count, so the split is the same on
 * every restart: parse takes the file numbers equal to its index modulo the count, decide a contiguous range of user
 * buckets ({@link StagedEntryReader#first}).
 */
public class ModuloPartitioner implements Partitioner {

    static final String INDEX = "partition.index";
    static final String COUNT = "partition.count";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, i);
            context.putInt(COUNT, gridSize);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
