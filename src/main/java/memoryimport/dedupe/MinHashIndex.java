package memoryimport.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final List<Map<Long, int[]>> buckets;
    private final List<Map<Long, Integer>> bucketSizes;

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
        this.buckets = new ArrayList<>(bands);
        this.bucketSizes = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            buckets.add(new HashMap<>());
            bucketSizes.add(new HashMap<>());
        }
    }

    long[] bandKeys(TextAnalysis t) {
        if (t.bandKeys == null) {
            t.bandKeys = computeBandKeys(t);
        }
        return t.bandKeys;
    }

    private long[] computeBandKeys(TextAnalysis t) {
        List<String> words = t.content.isEmpty() ? new ArrayList<>(t.allWords) : t.content;
        List<Long> features = new ArrayList<>();
        for (String w : words) {
            features.add(hash("w:" + w));
            String padded = "^" + w + "$";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                features.add(hash(padded.substring(i, i + 3)));
            }
        }
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long f : features) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(f ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
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
            Map<Long, int[]> map = buckets.get(b);
            Map<Long, Integer> sizes = bucketSizes.get(b);
            int[] list = map.get(keys[b]);
            int size = sizes.getOrDefault(keys[b], 0);
            if (list == null) {
                list = new int[2];
            } else if (size == list.length) {
                list = Arrays.copyOf(list, size * 2);
            }
            list[size] = id;
            map.put(keys[b], list);
            sizes.put(keys[b], size + 1);
        }
    }

    /** Ids sharing a band with {@code keys}, most shared bands first, at most {@code maxCandidates}. */
    int[] candidates(long[] keys) {
        Map<Integer, Integer> hits = new HashMap<>();
        long read = 0;
        for (int b = 0; b < bands; b++) {
            int[] list = buckets.get(b).get(keys[b]);
            if (list == null) {
                continue;
            }
            int size = bucketSizes.get(b).get(keys[b]);
            for (int i = size - 1; i >= Math.max(0, size - maxBucketScan); i--) {
                hits.merge(list[i], 1, Integer::sum);
                read++;
            }
        }
        lastEntriesRead = read;
        return hits.entrySet().stream()
                .sorted((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue() : x.getKey() - y.getKey())
                .limit(maxCandidates)
                .mapToInt(Map.Entry::getKey)
                .toArray();
    }

    /** Bucket entries the last {@link #candidates} call read. */
    long lastEntriesRead() {
        return lastEntriesRead;
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85B53L;
        return z ^ (z >>> 33);
    }
}
