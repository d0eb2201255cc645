package memoryimport.job;

import java.util.Iterator;
import memoryimport.model.ScreenedEntry;
import memoryimport.store.EntryStaging;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one decide partition's staged entries, user after user: the partition owns a contiguous range of buckets
 * and reads it a slice of buckets at a time (a large run's slice a bucket at a time), so memory stays flat however
 * large the run. Restartable: it remembers the slice and how many of its entries are committed.
 */
public class StagedEntryReader implements ItemStreamReader<ScreenedEntry> {

    private static final String SLICE_START = "staged.slice";
    private static final String READ_IN_SLICE = "staged.read";

    private final EntryStaging staging;
    private final String runId;
    private final int last;

    private int sliceStart;
    private int readInSlice;
    private Iterator<ScreenedEntry> loaded;

    public StagedEntryReader(EntryStaging staging, String runId, int partition, int partitions) {
        this.staging = staging;
        this.runId = runId;
        this.sliceStart = first(partition, partitions);
        this.last = first(partition + 1, partitions);
    }

    /** The first bucket of a partition's range, at a slice's start; the ranges of all partitions cover every bucket once. */
    static int first(int partition, int partitions) {
        int slices = EntryStaging.BUCKETS / EntryStaging.SLICE;
        return (int) ((long) partition * slices / partitions) * EntryStaging.SLICE;
    }

    @Override
    public void open(ExecutionContext context) {
        sliceStart = context.getInt(SLICE_START, sliceStart);
        readInSlice = context.getInt(READ_IN_SLICE, 0);
    }

    @Override
    public ScreenedEntry read() {
        while (sliceStart < last) {
            if (loaded == null) {
                loaded = staging.slice(runId, sliceStart, Math.min(sliceStart + EntryStaging.SLICE, last));
                for (int committed = 0; committed < readInSlice && loaded.hasNext(); committed++) {
                    loaded.next(); // a restart: these were decided before
                }
            }
            if (loaded.hasNext()) {
                readInSlice++;
                return loaded.next();
            }
            sliceStart += EntryStaging.SLICE;
            readInSlice = 0;
            loaded = null;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SLICE_START, sliceStart);
        context.putInt(READ_IN_SLICE, readInSlice);
    }

    @Override
    public void close() {
        loaded = null;
    }
}
