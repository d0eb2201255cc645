package memoryimport.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import memoryimport.classify.UserWork;
import memoryimport.classify.WorkClassifier;
import memoryimport.model.ScreenedEntry;
import memoryimport.store.EntryStaging;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one decide partition's staged entries, user after user: the partition owns a contiguous range of buckets
 * and reads it a slice of buckets at a time (a large run's slice a bucket at a time), so memory stays flat however
 * large the run. A user's entries are read together before the first is handed on, so that each carries what the
 * user's entries kept as work say of their job. Restartable: it remembers the slice and how many of its entries are
 * committed.
 */
public class StagedEntryReader implements ItemStreamReader<UserEntry> {

    /** Entries of one user held at a time: a user with more is read in groups of this size, each with the first's work. */
    static final int USER_GROUP = 20_000;

    private static final String SLICE_START = "staged.slice";
    private static final String READ_IN_SLICE = "staged.read";

    private final EntryStaging staging;
    private final String runId;
    private final int last;
    private final WorkClassifier classifier;
    private final int userGroup;

    private int sliceStart;
    private int readInSlice;
    private Iterator<ScreenedEntry> loaded;
    /** entries of the slice committed before a restart, not yet passed over */
    private int toSkip;
    /** the first entry of the next group, read ahead */
    private ScreenedEntry ahead;
    private final ArrayDeque<ScreenedEntry> group = new ArrayDeque<>();
    private UserWork userWork = UserWork.NONE;
    private String userOfWork;

    public StagedEntryReader(EntryStaging staging, String runId, int partition, int partitions,
                             WorkClassifier classifier) {
        this(staging, runId, partition, partitions, classifier, USER_GROUP);
    }

    StagedEntryReader(EntryStaging staging, String runId, int partition, int partitions, WorkClassifier classifier,
                      int userGroup) {
        this.staging = staging;
        this.classifier = classifier;
        this.userGroup = userGroup;
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
    public UserEntry read() {
        while (sliceStart < last) {
            if (loaded == null) {
                loaded = staging.slice(runId, sliceStart, Math.min(sliceStart + EntryStaging.SLICE, last));
                toSkip = readInSlice; // a restart: these were decided before
                ahead = null;
                userOfWork = null;
            }
            while (group.isEmpty() && (ahead != null || loaded.hasNext())) {
                readGroup();
                for (; toSkip > 0 && !group.isEmpty(); toSkip--) {
                    group.poll();
                }
            }
            if (!group.isEmpty()) {
                readInSlice++;
                return new UserEntry(group.poll(), userWork);
            }
            sliceStart += EntryStaging.SLICE;
            readInSlice = 0;
            loaded = null;
        }
        return null;
    }

    /** The next user's entries, or the next group of a user with more, and what they say of the user's work. */
    private void readGroup() {
        List<ScreenedEntry> entries = new ArrayList<>();
        ScreenedEntry first = ahead != null ? ahead : loaded.next();
        ahead = null;
        entries.add(first);
        String user = first.entry().userId();
        while (entries.size() < userGroup && loaded.hasNext()) {
            ScreenedEntry next = loaded.next();
            if (!next.entry().userId().equals(user)) {
                ahead = next;
                break;
            }
            entries.add(next);
        }
        if (!user.equals(userOfWork)) { // a user's later groups keep what the first said
            userWork = classifier.userWork(entries);
            userOfWork = user;
        }
        group.addAll(entries);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SLICE_START, sliceStart);
        context.putInt(READ_IN_SLICE, readInSlice);
    }

    @Override
    public void close() {
        loaded = null;
        ahead = null;
        group.clear();
    }
}
