package memoryimport.store;

import java.util.Comparator;
import java.util.Iterator;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;

/**
 * Screened entries between the parse and decide steps: each parse partition appends what it read, and decide reads
 * them back a slice of buckets at a time, user after user, so no read grows with the size of the run.
 */
public interface EntryStaging {

    /** Buckets users are hashed into; decide partitions take contiguous ranges of them. */
    int BUCKETS = 1024;

    /** Buckets stored and read together: a slice holds 1/64 of a run (a large run's is read a bucket at a time). */
    int SLICE = 16;

    /**
     * The order decide reads entries in, and so writes its decisions in: one user after another; newest first, and on
     * the same date the longer (more informative) text, so the first of a group of repeats is the one kept.
     * TableStaging's and TableDecisions' ORDER BY say the same.
     */
    Comparator<Entry> ENTRY_ORDER = EntryStaging::inDecideOrder;

    /** {@link #ENTRY_ORDER} of staged entries: the order decide reads a slice in. */
    Comparator<ScreenedEntry> DECIDE_ORDER = Comparator.comparing(ScreenedEntry::entry, ENTRY_ORDER);

    /**
     * {@link #ENTRY_ORDER} written out: bucket, user, saved-at newest first (undated last), longer text first, file,
     * line. As a chain of comparator lambdas it was about 2 % of a 1M run's CPU samples, in sorting alone.
     */
    private static int inDecideOrder(Entry a, Entry b) {
        int c = Integer.compare(bucketOf(a.userId()), bucketOf(b.userId()));
        if (c == 0) {
            c = a.userId().compareTo(b.userId());
        }
        if (c == 0) {
            String x = a.savedAt();
            String y = b.savedAt();
            c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : y.compareTo(x);
        }
        if (c == 0) {
            c = Integer.compare(b.text().length(), a.text().length());
        }
        if (c == 0) {
            c = a.sourceFile().compareTo(b.sourceFile());
        }
        return c != 0 ? c : Integer.compare(a.line(), b.line());
    }

    /** The hash code mixed first: ids such as user-000001, user-000002 otherwise fill 29 of the 64 slices. */
    static int bucketOf(String userId) {
        int h = userId.hashCode();
        h = (h ^ (h >>> 16)) * 0x85EBCA6B;
        h = (h ^ (h >>> 13)) * 0xC2B2AE35;
        return Math.floorMod(h ^ (h >>> 16), BUCKETS);
    }

    /** Where one parse partition appends its entries. */
    Appender<ScreenedEntry> appender(String runId, int partition);

    /**
     * The staged entries of buckets {@code from} (inclusive) to {@code to}, user after user, as decide needs them; read
     * as they are iterated, not all at once.
     */
    Iterator<ScreenedEntry> slice(String runId, int from, int to);

    /** Staged text is only needed until the run has published; cleared a range of buckets at a time. */
    void clear(String runId, int from, int to);
}
