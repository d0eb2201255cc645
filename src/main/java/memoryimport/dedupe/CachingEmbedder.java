package memoryimport.dedupe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Remembers vectors by normalised text (least recently used out past a bound), so repeats never reach the model. */
public final class CachingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder delegate;
    private final Map<String, float[]> cache;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong modelNanos = new AtomicLong();

    public CachingEmbedder(SentenceEmbedder delegate, int maxEntries) {
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** {@code key} is the normalised text; {@code text} what the model reads. */
    public float[] embed(String key, String text) {
        synchronized (cache) {
            float[] v = cache.get(key);
            if (v != null) {
                hits.incrementAndGet();
                return v;
            }
        }
        misses.incrementAndGet();
        long start = System.nanoTime();
        float[] v = delegate.embed(text);
        modelNanos.addAndGet(System.nanoTime() - start);
        synchronized (cache) {
            cache.put(key, v);
        }
        return v;
    }

    @Override
    public float[] embed(String text) {
        return embed(TextNormalizer.normalize(text), text);
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    /** Time spent inside the model, summed over threads: what the texts embedded so far cost on their own. */
    public long modelNanos() {
        return modelNanos.get();
    }
}
