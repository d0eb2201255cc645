package memoryimport.dedupe;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over a text's content words and their character 3-grams, banded for LSH, so that finding the
 * near-repeat candidates of a text reads a bounded number of entries however many memories a user has: each band reads
 * at most {@code maxBucketScan} entries (the newest) and at most {@code maxCandidates} are handed back, most band hits
 * first.
 */
final class MinHashIndex {

    private final int bands;
    private final int rows;
    private final int maxBucketScan;
    private final int maxCandidates;
    private final long[] seeds;
    /** per band: band key to the ids holding it, oldest first, after their count in element 0 */
    private final LongObjectHashMap<int[]>[] buckets;

    /** features are a word ("w:" + word) and its character 3-grams, hashed in place rather than as new strings */
    private static final long HASH_START = 1125899906842597L;
    private static final long WORD_PREFIX_HASH = 31 * (31 * HASH_START + 'w') + ':';

    private long lastEntriesRead;

    MinHashIndex(int bands, int rows, int maxBucketScan, int maxCandidates) {
        this.bands = bands;
        this.rows = rows;
        this.maxBucketScan = maxBucketScan;
        this.maxCandidates = maxCandidates;
        this.seeds = new long[bands * rows];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            seeds[i] = s;
        }
        @SuppressWarnings("unchecked")
        LongObjectHashMap<int[]>[] maps = new LongObjectHashMap[bands];
        for (int b = 0; b < bands; b++) {
            maps[b] = new LongObjectHashMap<>();
        }
        this.buckets = maps;
    }

    /**
     * The MinHash values of one word: the minimum, per hash function, over the word and its 3-grams. A text's signature
     * is the minimum over its words' values, so a word's can be computed once and reused. Letters count without their
     * accents: a text typed without them ("cestine" / "češtině") shares its 3-grams.
     */
    long[] wordHashes(String w) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        long wordHash = WORD_PREFIX_HASH;
        for (int i = 0; i < w.length(); i++) {
            wordHash = 31 * wordHash + TextNormalizer.withoutAccent(w.charAt(i));
        }
        addFeature(sig, mix(wordHash));
        int padded = w.length() + 2; // ^word$
        for (int i = 0; i + 3 <= padded; i++) {
            long h = HASH_START;
            for (int k = i; k < i + 3; k++) {
                h = 31 * h + (k == 0 ? '^' : k == padded - 1 ? '$' : TextNormalizer.withoutAccent(w.charAt(k - 1)));
            }
            addFeature(sig, mix(h));
        }
        return sig;
    }

    /** Band keys of a text whose words have the given {@link #wordHashes} (none: the empty text's keys). */
    long[] bandKeys(List<long[]> wordHashes) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long[] hashes : wordHashes) {
            for (int i = 0; i < sig.length; i++) {
                if (hashes[i] < sig[i]) {
                    sig[i] = hashes[i];
                }
            }
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long k = b;
            for (int r = 0; r < rows; r++) {
                k = mix(k * 31 + sig[b * rows + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    void add(int id, long[] keys) {
        for (int b = 0; b < bands; b++) {
            LongObjectHashMap<int[]> map = buckets[b];
            int slot = map.indexOf(keys[b]);
            int[] list;
            if (slot < 0) {
                list = new int[3];
                map.indexInsert(slot, keys[b], list);
            } else {
                list = map.indexGet(slot);
                if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    map.indexReplace(slot, list);
                }
            }
            list[++list[0]] = id;
        }
    }

    /** Ids sharing a band with {@code keys}, most shared bands first (then oldest), at most {@code maxCandidates}. */
    int[] candidates(long[] keys) {
        // every id read, sorted so that an id's band hits lie together: no boxed map per lookup
        int[] read = new int[16];
        int count = 0;
        for (int b = 0; b < bands; b++) {
            int[] list = buckets[b].get(keys[b]);
            if (list == null) {
                continue;
            }
            int size = list[0];
            for (int i = size; i >= Math.max(1, size - maxBucketScan + 1); i--) {
                if (count == read.length) {
                    read = Arrays.copyOf(read, count * 2);
                }
                read[count++] = list[i];
            }
        }
        lastEntriesRead = count;
        Arrays.sort(read, 0, count);
        // hits in the high bits, the id's complement in the low ones: sorting descending gives most hits, then oldest
        long[] ranked = new long[count];
        int distinct = 0;
        for (int i = 0; i < count; ) {
            int id = read[i];
            int hits = 0;
            while (i < count && read[i] == id) {
                hits++;
                i++;
            }
            ranked[distinct++] = (long) hits << 32 | (~id & 0xFFFFFFFFL);
        }
        Arrays.sort(ranked, 0, distinct);
        int[] best = new int[Math.min(maxCandidates, distinct)];
        for (int k = 0; k < best.length; k++) {
            best[k] = ~(int) ranked[distinct - 1 - k];
        }
        return best;
    }

    /** Bucket entries the last {@link #candidates} call read. */
    long lastEntriesRead() {
        return lastEntriesRead;
    }

    private void addFeature(long[] sig, long feature) {
        for (int i = 0; i < seeds.length; i++) {
            long h = mix(feature ^ seeds[i]);
            if (h < sig[i]) {
                sig[i] = h;
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85B53L;
        return z ^ (z >>> 33);
    }
}
